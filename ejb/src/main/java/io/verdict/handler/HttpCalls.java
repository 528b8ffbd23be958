package io.verdict.handler;

import io.verdict.result.ReasonCode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Calls a target system over HTTP the way every process should: a timeout, a refused or broken connection and an
 * HTTP 5xx are technical failures (ERROR, retried); any other answer is the caller's to judge.
 */
public final class HttpCalls {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpCalls() {}

    /** Sends the request; {@code system} names the target in failure reasons, e.g. "the invoicing portal". */
    public static HttpResponse<String> send(HttpRequest request, String system) throws TechnicalException {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new TechnicalException(
                        ReasonCode.AVAILABILITY, capitalized(system) + " answered HTTP " + response.statusCode() + ".");
            }
            return response;
        } catch (HttpTimeoutException e) {
            long ms = request.timeout().map(Duration::toMillis).orElse(0L);
            throw new TechnicalException(
                    ReasonCode.CONNECTIVITY, capitalized(system) + " did not answer within " + ms + " ms.", e);
        } catch (ConnectException e) {
            throw new TechnicalException(
                    ReasonCode.CONNECTIVITY,
                    capitalized(system) + " refused the connection ("
                            + request.uri().getHost() + ":" + request.uri().getPort() + ").",
                    e);
        } catch (IOException e) {
            throw new TechnicalException(
                    ReasonCode.CONNECTIVITY, "The connection to " + system + " broke: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TechnicalException(ReasonCode.INTERRUPTED, "Interrupted while calling " + system + ".", e);
        }
    }

    private static String capitalized(String system) {
        return Character.toUpperCase(system.charAt(0)) + system.substring(1);
    }
}
