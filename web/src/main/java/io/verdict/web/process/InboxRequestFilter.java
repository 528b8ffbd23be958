package io.verdict.web.process;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Marks a {@code POST /processes/{name}/runs} without a body as a request to read the process's inbox, so that it
 * reaches {@link ProcessResource#startFromInbox} instead of being matched to one of the upload methods (with no
 * Content-Type, JAX-RS may pick any of them).
 */
@Provider
@PreMatching
public class InboxRequestFilter implements ContainerRequestFilter {

    static final String INBOX = "application/x-verdict-inbox";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getMethod().equals(HttpMethod.POST)
                && request.getMediaType() == null
                && !request.hasEntity()
                && request.getUriInfo().getPath().matches("/?processes/[^/]+/runs/?")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, INBOX);
        }
    }
}
