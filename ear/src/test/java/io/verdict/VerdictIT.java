package io.verdict;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test shares: the built EAR deployed into the configured server, used from outside as a
 * client would, and the server's address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class VerdictIT {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.verdict();
    }

    @ArquillianResource
    protected URL url;
}
