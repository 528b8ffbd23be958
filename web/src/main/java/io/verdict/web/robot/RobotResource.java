package io.verdict.web.robot;

import io.verdict.robot.Robot;
import io.verdict.robot.RobotService;
import io.verdict.robot.Roster;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/robots}: the robots with their connection and licence, and licences given by administrators. */
@Path("/robots")
@Produces(MediaType.APPLICATION_JSON)
public class RobotResource {

    @Inject
    RobotService robots;

    @GET
    public List<RobotJson> list() {
        return RobotJson.all(robots.roster());
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
        return RobotJson.of(roster.find(robot.getName()).orElseThrow(), roster);
    }
}
