package io.verdict;

import io.verdict.vocabulary.JsonP;
import jakarta.json.JsonObject;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/** A client of Verdict's REST API as a script would use it: plain HTTP and JSON. */
public final class Api {

    /** HTTP/1.1, as browsers speak to a server without TLS (no h2c upgrade). */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
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

    /** A GET as a browser set to these languages sends it ({@code Accept-Language}). */
    public Response getIn(String path, String acceptLanguage) {
        return send(request(path).header("Accept-Language", acceptLanguage).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Posts raw bytes with the given content type (none when empty), e.g. a CSV or an .xlsx file. */
    public Response post(String path, String contentType, byte[] content) {
        HttpRequest.Builder request = request(path);
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** Posts a file as the multipart form field {@code file}, as a browser upload does. */
    public Response upload(String path, String fileName, byte[] content) {
        String boundary = "verdict-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return post(path, "multipart/form-data; boundary=" + boundary, body);
    }

    /** Downloads a file. */
    public byte[] download(String path) {
        return fetch(path, HttpResponse.BodyHandlers.ofByteArray(), Duration.ofSeconds(30));
    }

    /** Downloads a file to {@code target}, streaming: a large export never sits in memory. */
    public Path downloadTo(String path, Path target) {
        return fetch(path, HttpResponse.BodyHandlers.ofFile(target), Duration.ofMinutes(10));
    }

    private <T> T fetch(String path, HttpResponse.BodyHandler<T> handler, Duration timeout) {
        try {
            HttpResponse<T> response =
                    HTTP.send(request(path).timeout(timeout).GET().build(), handler);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
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

        public JsonObject object() {
            return json().asJsonObject();
        }

        public JsonStructure json() {
            try (var reader = JsonP.reader(new StringReader(http.body()))) {
                return reader.read();
            }
        }
    }
}
