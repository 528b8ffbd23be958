package io.verdict.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Tells whether a control call comes from a Verdict admin by asking Verdict itself, {@code GET /api/v1/me} on this very
 * server with the call's own credentials: the sandbox is a deployment of its own and keeps no users.
 */
@ApplicationScoped
public class SandboxAdmins {

    /** Who sent a control call. */
    public enum Caller {
        ADMIN,
        UNKNOWN,
        NOT_ADMIN
    }

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Not static: its selector thread must not keep the WAR's class loader once the sandbox is undeployed. */
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public Caller of(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return Caller.UNKNOWN;
        }
        try {
            HttpResponse<String> me = http.send(
                    HttpRequest.newBuilder(verdictOf(request).resolve("/api/v1/me"))
                            .timeout(TIMEOUT)
                            .header("Authorization", authorization)
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return me.statusCode() == 200 && isAdmin(me.body()) ? Caller.ADMIN : callerOf(me.statusCode());
        } catch (IllegalArgumentException | IOException notAsked) {
            return Caller.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Caller.UNKNOWN;
        }
    }

    private static Caller callerOf(int status) {
        return status == 200 || status == 403 ? Caller.NOT_ADMIN : Caller.UNKNOWN;
    }

    static boolean isAdmin(String me) {
        try (JsonReader reader = JSON.createReader(new StringReader(me))) {
            JsonObject user = reader.readObject();
            return user.getJsonArray("roles").stream()
                    .anyMatch(role ->
                            role instanceof JsonString name && name.getString().equals("admin"));
        } catch (JsonException | ClassCastException | NullPointerException notAUser) {
            return false;
        }
    }

    /** This server, as the request reached it: Verdict is deployed beside the sandbox. */
    private static URI verdictOf(HttpServletRequest request) {
        String address = request.getLocalAddr();
        String host = address.contains(":") ? "[" + address + "]" : address;
        return URI.create(request.getScheme() + "://" + host + ":" + request.getLocalPort() + "/");
    }
}
