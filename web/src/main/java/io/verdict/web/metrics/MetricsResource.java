package io.verdict.web.metrics;

import io.verdict.metrics.RunMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * {@code GET /api/v1/metrics}: Verdict's metrics for Prometheus (text format 0.0.4). Like every API call it needs a
 * viewer: scrape it with a viewer API token as the Bearer credential.
 */
@Path("/metrics")
public class MetricsResource {

    @Inject
    RunMetrics metrics;

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    public String scrape() {
        return metrics.scrape();
    }
}
