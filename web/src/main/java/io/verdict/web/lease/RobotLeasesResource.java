package io.verdict.web.lease;

import io.verdict.error.InvalidRequestException;
import io.verdict.lease.Lease;
import io.verdict.lease.WorkLeases;
import io.verdict.web.api.JsonFields;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /api/v1/robots/{name}/leases {"process":"…","max":10,"waitSeconds":30}}: a robot asks for records. It
 * answers 200 with the leases as soon as there are any; else it looks again every {@value #POLL_MS} ms on the server's
 * scheduler, holding no request thread, and answers 204 once {@code waitSeconds} have passed with nothing.
 */
@Path("/robots/{name}/leases")
@Produces(MediaType.APPLICATION_JSON)
public class RobotLeasesResource {

    static final int MAX_RECORDS = 100, MAX_WAIT_SECONDS = 60;
    static final long POLL_MS = 250;

    /** How long past its wait a suspended lease call is answered all the same, should a look never come back. */
    private static final long TIMEOUT_MARGIN_SECONDS = 30;

    private static final Set<String> FIELDS = Set.of("process", "max", "waitSeconds");

    @Inject
    WorkLeases leases;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public void lease(JsonObject body, @Context HttpServletRequest request, @Suspended AsyncResponse response) {
        String robot = CallingRobot.of(request);
        JsonFields.only(body, FIELDS, "lease request");
        String process = body.containsKey("process") ? JsonFields.text(body, "process") : null;
        if (process == null) {
            throw new InvalidRequestException("process is required: the name of the process to work.");
        }
        int max = body.containsKey("max") ? JsonFields.number(body, "max") : 1;
        int waitSeconds = body.containsKey("waitSeconds") ? JsonFields.number(body, "waitSeconds") : 0;
        if (max < 1 || max > MAX_RECORDS) {
            throw new InvalidRequestException("max must be between 1 and " + MAX_RECORDS + ".");
        }
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            throw new InvalidRequestException("waitSeconds must be between 0 and " + MAX_WAIT_SECONDS + ".");
        }
        poll(new Ask(robot, process, max, Instant.now().plusSeconds(waitSeconds), false), response);
    }

    /** One look for records; the next is scheduled while the wait lasts. */
    private void poll(Ask ask, AsyncResponse response) {
        try {
            List<Lease> leased = leases.lease(ask.robot(), ask.process(), ask.max());
            if (!leased.isEmpty()) {
                response.resume(Response.ok(leased).build());
            } else if (!Instant.now().isBefore(ask.until()) || response.isCancelled()) {
                response.resume(Response.noContent().build());
            } else {
                if (!ask.waited()) {
                    response.setTimeout(MAX_WAIT_SECONDS + TIMEOUT_MARGIN_SECONDS, TimeUnit.SECONDS);
                }
                scheduler.schedule(() -> poll(ask.waiting(), response), POLL_MS, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException refused) {
            response.resume(refused);
        }
    }

    /**
     * A robot's ask for records, until when it waits, and whether it has waited already: the response's safety
     * timeout is set only then, as RESTEasy looks up its thread contexts' providers for each timeout it sets.
     */
    private record Ask(String robot, String process, int max, Instant until, boolean waited) {

        Ask waiting() {
            return new Ask(robot, process, max, until, true);
        }
    }
}
