package io.verdict;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A client of Verdict's REST API as a script would use it: plain HTTP and JSON. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** Calls without credentials. */
    public static Api anonymous(URL deployment) {
        return new Api(root(deployment), null);
    }

    /** Calls with HTTP Basic credentials. */
    public static Api as(URL deployment, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return withAuthorization(deployment, "Basic " + token);
    }

    /** Calls with a raw Authorization header, e.g. a malformed one. */
    public static Api withAuthorization(URL deployment, String authorization) {
        return new Api(root(deployment), authorization);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI root(URL deployment) {
        return URI.create(deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort() + "/");
    }

    /** An HTTP response with its body read as JSON on demand. */
    public record Response(HttpResponse<String> http) {

        public int status() {
            return http.statusCode();
        }

        public String body() {
            return http.body();
        }

        public String header(String name) {
            return http.headers().firstValue(name).orElse(null);
        }

        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(http.body()))) {
                return reader.read();
            }
        }
    }
}
