package io.verdict.web.schedule;

import io.verdict.error.InvalidRequestException;
import io.verdict.schedule.Schedule;
import io.verdict.schedule.ScheduleService;
import io.verdict.web.api.RequestParameters;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code /api/v1/schedules}: when processes run by themselves, in GMT; the coming firings in a display zone; and the
 * ledger of what each due time became.
 */
@Path("/schedules")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    /** Where Verdict's first users are; a preview shows their wall clock unless asked for another zone. */
    static final String DEFAULT_ZONE = "Europe/Madrid";

    static final int DEFAULT_PREVIEW = 10;

    @Inject
    ScheduleService schedules;

    @GET
    public List<ScheduleJson> list() {
        return schedules.list().stream().map(ScheduleJson::of).toList();
    }

    @GET
    @Path("/{id}")
    public ScheduleJson get(@PathParam("id") long id) {
        return ScheduleJson.of(schedules.require(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        Schedule schedule = schedules.create(ScheduleRequests.create(body));
        return Response.created(URI.create("schedules/" + schedule.getId()))
                .entity(ScheduleJson.of(schedule))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ScheduleJson change(@PathParam("id") long id, JsonObject body) {
        return ScheduleJson.of(schedules.change(id, current -> ScheduleRequests.merge(current, body)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        schedules.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/preview")
    public List<ComingDueTimeJson> preview(
            @PathParam("id") long id,
            @QueryParam("count") Integer count,
            @QueryParam("zone") String zone,
            @QueryParam("from") String from) {
        Instant start = RequestParameters.instant("from", from);
        return schedules
                .preview(id, count == null ? DEFAULT_PREVIEW : count, zone(zone), start == null ? Instant.now() : start)
                .stream()
                .map(ComingDueTimeJson::of)
                .toList();
    }

    @GET
    @Path("/{id}/firings")
    public List<LedgerLineJson> firings(
            @PathParam("id") long id, @QueryParam("limit") Integer limit, @QueryParam("after") Long after) {
        return schedules.firings(id, RequestParameters.limit(limit), after).stream()
                .map(LedgerLineJson::of)
                .toList();
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneId.of(DEFAULT_ZONE);
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new InvalidRequestException(
                    "zone: \"" + zone + "\" is not a time zone; use a name such as Europe/Madrid or UTC.");
        }
    }
}
