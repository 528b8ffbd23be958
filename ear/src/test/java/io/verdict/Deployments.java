package io.verdict;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** What every integration test deploys: the very EAR this build produced, not a hand-picked subset of classes. */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive verdict() {
        File ear = new File(System.getProperty("verdict.ear", "target/verdict.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " does not exist: run the integration tests with ./mvnw verify");
        }
        return ShrinkWrap.create(ZipImporter.class, "verdict.ear")
                .importFrom(ear)
                .as(EnterpriseArchive.class);
    }
}
