package io.verdict.web.lease;

import io.verdict.lease.RobotAnswer;
import io.verdict.lease.WorkLeases;
import io.verdict.web.api.JsonFields;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Set;

/**
 * {@code /api/v1/leases/{leaseId}}: the robot that holds a lease answers it ({@code result}), asks for more time
 * ({@code extend}) or gives the record back untouched ({@code release}). Each answers 404 for an unknown lease and 409
 * for one that is another robot's, or expired, revoked, answered or released, saying which.
 */
@Path("/leases/{leaseId}")
@Produces(MediaType.APPLICATION_JSON)
public class LeaseResource {

    static final Set<String> RESULT_FIELDS =
            Set.of("result", "reasonCode", "reason", "suggestedAction", "output", "started");

    @Inject
    WorkLeases leases;

    /** What an extended lease now says: when it expires. */
    public record Extended(String leaseId, Instant expiresAt) {}

    /** {@code {"result":"OK","output":"…"}}, or KO/ERROR with a reasonCode and a reason; 204 once taken. */
    @POST
    @Path("/result")
    @Consumes(MediaType.APPLICATION_JSON)
    public void result(@PathParam("leaseId") String leaseId, JsonObject body, @Context HttpServletRequest request) {
        leases.answer(CallingRobot.of(request), leaseId, answerOf(JsonFields.only(body, RESULT_FIELDS, "result")));
    }

    /** The robot's answer in a result's fields, each checked; a 400 naming every field at fault. */
    static RobotAnswer answerOf(JsonObject body) {
        return RobotAnswer.of(
                text(body, "result"),
                text(body, "reasonCode"),
                text(body, "reason"),
                text(body, "suggestedAction"),
                body.containsKey("output") ? JsonFields.exactText(body, "output") : null,
                body.containsKey("started") ? JsonFields.bool(body, "started") : null);
    }

    /** {@code {"seconds":300}}: the lease expires that long from now; 200 with the new expiry. */
    @POST
    @Path("/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    public Extended extend(@PathParam("leaseId") String leaseId, JsonObject body, @Context HttpServletRequest request) {
        String robot = CallingRobot.of(request);
        JsonFields.only(body, Set.of("seconds"), "extension");
        return new Extended(leaseId, leases.extend(robot, leaseId, JsonFields.number(body, "seconds")));
    }

    /** The robot gives the record back untouched: pending again, no attempt counted; 204. */
    @POST
    @Path("/release")
    public void release(@PathParam("leaseId") String leaseId, @Context HttpServletRequest request) {
        leases.release(CallingRobot.of(request), leaseId);
    }

    private static String text(JsonObject body, String field) {
        return body.containsKey(field) ? JsonFields.text(body, field) : null;
    }
}
