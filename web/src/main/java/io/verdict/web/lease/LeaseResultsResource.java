package io.verdict.web.lease;

import io.verdict.error.InvalidRequestException;
import io.verdict.lease.LeaseAnswer;
import io.verdict.lease.WorkLeases;
import io.verdict.web.api.ApiError;
import io.verdict.web.api.ErrorMapper;
import io.verdict.web.api.JsonFields;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code POST /api/v1/leases/results [{"leaseId":"…","result":"OK",…},…]}: a robot that worked a batch of records
 * answers them in one call and one transaction, rather than a result call each. A malformed entry is a 400 naming it,
 * and nothing is taken; otherwise 200 with one entry per answer, in order, saying what the single result call would
 * have answered: {@code {"leaseId","status":204,"detail":null}} when taken, 404 or 409 with the {@code detail} when
 * refused.
 */
@Path("/leases/results")
@Produces(MediaType.APPLICATION_JSON)
public class LeaseResultsResource {

    @Inject
    WorkLeases leases;

    /** The API's one mapping of a refusal to its status and words, as the single result call answers it. */
    private static final ErrorMapper ERRORS = new ErrorMapper();

    /** A result's fields and the lease it answers. */
    private static final Set<String> FIELDS = Stream.concat(LeaseResource.RESULT_FIELDS.stream(), Stream.of("leaseId"))
            .collect(Collectors.toUnmodifiableSet());

    /** What became of one answer of the batch. */
    public record Taken(String leaseId, int status, String detail) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Taken> results(JsonArray body, @Context HttpServletRequest request) {
        String robot = CallingRobot.of(request);
        if (body == null || body.isEmpty() || body.size() > RobotLeasesResource.MAX_RECORDS) {
            throw new InvalidRequestException("Send between 1 and " + RobotLeasesResource.MAX_RECORDS
                    + " results as a JSON array of objects, each with its leaseId.");
        }
        List<LeaseAnswer> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < body.size(); index++) {
            answers.add(answerAt(body, index, seen));
        }
        return leases.answerAll(robot, answers).stream()
                .map(answer -> answer.refusal()
                        .map(refused -> refusal(answer.leaseId(), ERRORS.toResponse(refused)))
                        .orElseGet(() -> new Taken(answer.leaseId(), Response.Status.NO_CONTENT.getStatusCode(), null)))
                .toList();
    }

    private static LeaseAnswer answerAt(JsonArray body, int index, Set<String> seen) {
        String where = "Result " + (index + 1) + " of " + body.size();
        if (body.get(index).getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRequestException(where + " is not a JSON object.");
        }
        JsonObject entry = body.getJsonObject(index);
        try {
            JsonFields.only(entry, FIELDS, "result");
            String leaseId = entry.containsKey("leaseId") ? JsonFields.text(entry, "leaseId") : null;
            if (leaseId == null) {
                throw new InvalidRequestException("leaseId is required: the lease the result answers.");
            }
            if (!seen.add(leaseId.toLowerCase(Locale.ROOT))) {
                throw new InvalidRequestException("lease " + leaseId + " is answered twice in this batch.");
            }
            return new LeaseAnswer(leaseId, LeaseResource.answerOf(entry));
        } catch (InvalidRequestException malformed) {
            throw new InvalidRequestException(where + ": " + malformed.getMessage() + " Nothing was taken.");
        }
    }

    private static Taken refusal(String leaseId, Response refused) {
        return new Taken(leaseId, refused.getStatus(), ((ApiError) refused.getEntity()).detail());
    }
}
