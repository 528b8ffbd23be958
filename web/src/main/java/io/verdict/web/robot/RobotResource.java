package io.verdict.web.robot;

import io.verdict.lease.WorkLeases;
import io.verdict.robot.ExternalHeartbeat;
import io.verdict.robot.Robot;
import io.verdict.robot.RobotService;
import io.verdict.robot.Roster;
import io.verdict.web.api.JsonFields;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/robots}: the robots with their connection and licence, licences given by administrators, and the
 * heartbeat of an external robot (robot tokens, each for its own robot only: {@code web.security.RobotTokenFilter}).
 */
@Path("/robots")
@Produces(MediaType.APPLICATION_JSON)
public class RobotResource {

    private static final Set<String> HEARTBEAT_FIELDS = Set.of("version", "os", "capabilities");

    @Inject
    RobotService robots;

    @Inject
    WorkLeases leases;

    @GET
    public List<RobotJson> list() {
        return RobotJson.all(robots.roster(), leases.held());
    }

    /** An external robot is alive: {@code {"version":"3.1.0","os":"…","capabilities":["…"]}}; 200 with the robot. */
    @POST
    @Path("/{name}/heartbeat")
    @Consumes(MediaType.APPLICATION_JSON)
    public RobotJson heartbeat(@PathParam("name") String name, JsonObject body) {
        JsonFields.only(body, HEARTBEAT_FIELDS, "heartbeat");
        Robot robot = robots.heartbeat(new ExternalHeartbeat(
                name,
                body.containsKey("version") ? JsonFields.text(body, "version") : null,
                body.containsKey("os") ? JsonFields.text(body, "os") : null,
                body.containsKey("capabilities") ? JsonFields.list(body, "capabilities") : List.of()));
        Roster roster = robots.roster();
        return RobotJson.of(roster.find(robot.getName()).orElseThrow(), roster, leases.held());
    }

    @PUT
    @Path("/{name}/licence")
    @Consumes(MediaType.APPLICATION_JSON)
    public RobotJson licence(@PathParam("name") String name, JsonObject body) {
        LicenceRequest request = LicenceRequest.read(body);
        Robot robot = request.unassigns()
                ? robots.unassignLicence(name)
                : robots.assignLicence(name, request.key(), request.expiresAt());
        Roster roster = robots.roster();
        return RobotJson.of(roster.find(robot.getName()).orElseThrow(), roster, leases.held());
    }
}
