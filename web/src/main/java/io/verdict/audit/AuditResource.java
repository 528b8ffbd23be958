package io.verdict.audit;

import io.verdict.api.RequestParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/audit}: who did what, when; newest first, keyset paged with {@code after} (an entry id). */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    public List<AuditJson> list(@QueryParam("limit") Integer limit, @QueryParam("after") Long after) {
        return audit.latest(RequestParameters.limit(limit), after).stream()
                .map(AuditJson::of)
                .toList();
    }
}
