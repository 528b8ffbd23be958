package io.verdict.web.user;

import io.verdict.error.InvalidRequestException;
import io.verdict.user.UserService;
import io.verdict.web.api.JsonFields;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * {@code /api/v1/me}: the signed-in user, with the address the summaries of their runs go to; {@code PUT
 * {"email":"…"}} sets it, {@code null} removes it.
 */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    UserService users;

    @GET
    public MeJson get() {
        return MeJson.of(users.me());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public MeJson change(JsonObject body) {
        JsonFields.only(body, Set.of("email"), "profile");
        if (!body.containsKey("email")) {
            throw new InvalidRequestException("email: the address your runs' summaries go to, or null for none.");
        }
        return MeJson.of(users.changeMyEmail(JsonFields.text(body, "email")));
    }
}
