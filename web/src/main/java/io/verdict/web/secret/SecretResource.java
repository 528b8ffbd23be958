package io.verdict.web.secret;

import io.verdict.error.InvalidRequestException;
import io.verdict.secret.SecretService;
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
import java.util.Set;

/**
 * {@code /api/v1/secrets} (admins), write-only: {@code POST {"name":"portal-password","scope":"invoice-check",
 * "value":"…"}} saves a secret (201) or replaces one (200), {@code scope} null meaning every process; {@code GET} lists
 * names and scopes; {@code DELETE /{name}} removes one. No answer ever carries a value.
 */
@Path("/secrets")
@Produces(MediaType.APPLICATION_JSON)
public class SecretResource {

    private static final Set<String> FIELDS = Set.of("name", "scope", "value");

    @Inject
    SecretService secrets;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(JsonObject body) {
        JsonFields.only(body, FIELDS, "secret");
        SecretService.Saved saved = secrets.save(
                field(body, "name"),
                scope(body),
                body.containsKey("value") ? JsonFields.exactText(body, "value") : null);
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(SecretJson.of(saved.secret()))
                .build();
    }

    @GET
    public List<SecretJson> list() {
        return secrets.list().stream().map(SecretJson::of).toList();
    }

    @DELETE
    @Path("/{name}")
    public Response delete(@PathParam("name") String name) {
        secrets.delete(name);
        return Response.noContent().build();
    }

    private static String field(JsonObject body, String name) {
        return body.containsKey(name) ? JsonFields.text(body, name) : null;
    }

    /** A process name, or null for every process; a blank scope is a mistake, not "every process". */
    private static String scope(JsonObject body) {
        String scope = body.containsKey("scope") ? JsonFields.exactText(body, "scope") : null;
        if (scope != null && scope.isBlank()) {
            throw new InvalidRequestException("scope: a process name, or null for every process.");
        }
        return scope == null ? null : scope.strip();
    }
}
