package io.verdict.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach Verdict at ({@code VERDICT_PUBLIC_URL}, else this server's own address): what the start
 * banner prints and what summary e-mails link to.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "verdict.public-url")
    Optional<String> configured;

    public String base() {
        return configured
                .map(url -> url.strip().replaceAll("/+$", ""))
                .filter(url -> !url.isEmpty())
                .orElseGet(LocalServer::baseUrl);
    }

    /** The console page of a run. */
    public String runPage(long runId) {
        return base() + "/console/run.xhtml?id=" + runId;
    }
}
