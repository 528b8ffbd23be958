package io.verdict.web.token;

import io.verdict.error.InvalidRequestException;
import io.verdict.token.TokenService;
import io.verdict.vocabulary.Role;
import io.verdict.web.api.JsonFields;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /api/v1/tokens} (admins): {@code POST {"name":"nightly-export","role":"operator"}} makes a token and shows it
 * this once ({@code {"name":"desk-07","role":"robot","robot":"win-desk-07"}} makes a robot's token, bound to that
 * robot); {@code GET} lists the tokens with their last use; {@code DELETE /{id}} ends one at once.
 */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private static final Set<String> FIELDS = Set.of("name", "role", "robot");

    @Inject
    TokenService tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonFields.only(body, FIELDS, "token");
        String role = body.containsKey("role") ? JsonFields.text(body, "role") : null;
        TokenService.Issued issued = tokens.create(
                body.containsKey("name") ? JsonFields.text(body, "name") : null,
                role(role),
                body.containsKey("robot") ? JsonFields.text(body, "robot") : null);
        return Response.status(Response.Status.CREATED)
                .entity(TokenJson.of(issued.token(), issued.secret()))
                .header("Location", "tokens/" + issued.token().getId())
                .build();
    }

    @GET
    public List<TokenJson> list() {
        return tokens.list().stream().map(TokenJson::of).toList();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        tokens.delete(id);
        return Response.noContent().build();
    }

    private static Role role(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("role: \"" + name + "\" is not viewer, operator, admin or robot.");
        }
    }
}
