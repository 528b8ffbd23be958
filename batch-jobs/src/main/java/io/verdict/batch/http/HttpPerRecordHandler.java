package io.verdict.batch.http;

import io.verdict.handler.BusinessRuleException;
import io.verdict.handler.HttpCalls;
import io.verdict.handler.PendingItem;
import io.verdict.handler.RecordHandler;
import io.verdict.handler.RunContext;
import io.verdict.handler.TechnicalException;
import io.verdict.result.ReasonCode;
import io.verdict.vocabulary.JsonP;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code http-per-record} process: configuration over code. For each record it calls a REST endpoint built from
 * the {@code url} and {@code body} templates; 2xx is OK, the {@code koStatuses} (409 and 422 by default) are KO with the
 * endpoint's message, 5xx and timeouts are ERROR, and any other status means the endpoint is not what the settings say.
 */
@ApplicationScoped
@Named("httpPerRecordHandler")
public class HttpPerRecordHandler implements RecordHandler {

    static final int MAX_OUTPUT = 500;
    private static final String SYSTEM = "the endpoint";

    @Override
    public void checkData(PendingItem record, RunContext run) throws BusinessRuleException {
        Settings settings = Settings.of(run.settings());
        Template.render(settings.url(), record.values(), value -> value);
        Template.render(settings.body(), record.values(), value -> value);
    }

    @Override
    public String process(PendingItem record, RunContext run) throws BusinessRuleException, TechnicalException {
        Settings settings = Settings.of(run.settings());
        if (settings.url().isBlank()) {
            throw new TechnicalException(
                    ReasonCode.TECHNICAL, "The process setting url is empty: an administrator must set the endpoint.");
        }
        URI uri;
        try {
            uri = URI.create(Template.render(settings.url(), record.values(), HttpPerRecordHandler::urlEncoded));
        } catch (IllegalArgumentException e) {
            throw new TechnicalException(
                    ReasonCode.TECHNICAL, "The url setting does not make a valid URL: " + e.getMessage());
        }
        String body = Template.render(settings.body(), record.values(), HttpPerRecordHandler::jsonEscaped);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .method(
                        settings.method(),
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", settings.contentType());
        }
        HttpResponse<String> response = HttpCalls.send(request.build(), SYSTEM);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return clipped(response.body());
        }
        if (settings.koStatuses().contains(status)) {
            throw new BusinessRuleException(
                    ReasonCode.BUSINESS_RULE,
                    "The endpoint refused the record (HTTP " + status + "): " + messageOf(response.body()),
                    "Correct the record as the endpoint's message says and relaunch only this record.");
        }
        throw new TechnicalException(
                ReasonCode.INTERFACE, "The endpoint answered HTTP " + status + ": check the process's url and method.");
    }

    /** The endpoint's own words: a JSON body's message, detail or error field, else the body's text. */
    static String messageOf(String body) {
        try (JsonReader reader = JsonP.reader(new StringReader(body))) {
            JsonObject json = reader.readObject();
            for (String field : new String[] {"message", "detail", "error"}) {
                if (json.containsKey(field) && !json.isNull(field)) {
                    return clipped(
                            json.get(field) instanceof JsonString text
                                    ? text.getString()
                                    : json.get(field).toString());
                }
            }
        } catch (RuntimeException notJson) {
            // plain text: the body itself is the message
        }
        return body == null || body.isBlank() ? "(no message)" : clipped(body.strip());
    }

    private static String clipped(String text) {
        return text == null || text.length() <= MAX_OUTPUT ? text : text.substring(0, MAX_OUTPUT) + "…";
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String jsonEscaped(String value) {
        String quoted = JsonP.value(value).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    /** The process settings this handler reads, with their defaults from the job XML. */
    record Settings(
            String url, String method, String body, String contentType, Set<Integer> koStatuses, Duration timeout) {

        static Settings of(Map<String, String> settings) {
            return new Settings(
                    settings.getOrDefault("url", ""),
                    settings.getOrDefault("method", "POST").strip().toUpperCase(Locale.ROOT),
                    settings.getOrDefault("body", ""),
                    settings.getOrDefault("contentType", "application/json"),
                    Arrays.stream(settings.getOrDefault("koStatuses", "409,422").split(","))
                            .map(String::strip)
                            .filter(status -> !status.isEmpty())
                            .map(Integer::valueOf)
                            .collect(Collectors.toUnmodifiableSet()),
                    Duration.ofMillis(Long.parseLong(
                            settings.getOrDefault("timeoutMs", "5000").strip())));
        }
    }
}
