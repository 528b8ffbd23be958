package io.verdict.web.run;

import io.verdict.error.InvalidRequestException;
import io.verdict.run.RunService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/items}: resolving a failed item. */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    @Inject
    RunService runs;

    @POST
    @Path("/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public ItemJson resolve(@PathParam("id") long id, ResolutionRequest request) {
        if (request == null) {
            throw new InvalidRequestException("Send {\"action\":\"DISCARD|MANUAL\",\"note\":\"…\"}.");
        }
        return ItemJson.of(runs.resolve(id, request.action(), request.note()));
    }
}
