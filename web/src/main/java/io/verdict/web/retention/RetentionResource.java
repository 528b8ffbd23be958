package io.verdict.web.retention;

import io.verdict.retention.Purged;
import io.verdict.retention.RetentionPurge;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code POST /api/v1/retention/purge} (admins): purges now what the nightly purge would, and says per process what
 * went: {@code [{process, retentionDays, before, runs, items}]}.
 */
@Path("/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    RetentionPurge retention;

    @POST
    @Path("/purge")
    public List<Purged> purge() {
        return retention.purgeNow();
    }
}
