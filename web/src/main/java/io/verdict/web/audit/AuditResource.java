package io.verdict.web.audit;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditFilter;
import io.verdict.audit.AuditService;
import io.verdict.web.api.RequestParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/audit}: who did what, when; newest first, keyset paged with {@code after} (an entry id), filtered by
 * {@code user}, {@code action}, {@code q} (part of the target or detail) and {@code from}/{@code to} (UTC times).
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    public List<AuditJson> list(
            @QueryParam("user") String user,
            @QueryParam("action") String action,
            @QueryParam("q") String text,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") Integer limit,
            @QueryParam("after") Long after) {
        AuditFilter filter = new AuditFilter(
                user,
                RequestParameters.enums("action", action, AuditAction.class),
                text,
                RequestParameters.instant("from", from),
                RequestParameters.instant("to", to));
        return audit.latest(filter, RequestParameters.limit(limit), after).stream()
                .map(AuditJson::of)
                .toList();
    }
}
