package io.verdict.batch.invoice;

import io.verdict.handler.BusinessRuleException;
import io.verdict.handler.HttpCalls;
import io.verdict.handler.TechnicalException;
import io.verdict.result.ReasonCode;
import io.verdict.vocabulary.JsonP;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The invoicing portal as {@code invoice-check} uses it: look the invoice up, and submit it when it is pending. Paid,
 * submitted and unknown invoices are business outcomes (KO); timeouts, refused or broken connections and HTTP 5xx are
 * technical (ERROR, retried); any other answer means the portal's interface changed.
 */
@ApplicationScoped
public class InvoicePortal {

    private static final String SYSTEM = "the invoicing portal";

    /** What the sandbox portal puts on each answer while it is on. */
    private static final String SANDBOX_HEADER = "X-Verdict-Sandbox";

    /** Submits the invoice and returns the portal's confirmation number. */
    String submit(String number, PortalSettings portal) throws BusinessRuleException, TechnicalException {
        URI invoice = portal.baseUrl().resolve("invoices/" + URLEncoder.encode(number, StandardCharsets.UTF_8));
        HttpResponse<String> lookup = send(HttpRequest.newBuilder(invoice).GET(), portal);
        if (lookup.statusCode() == 404) {
            throw new BusinessRuleException(
                    ReasonCode.BUSINESS_RULE,
                    "Invoice " + number + " is unknown to the invoicing portal.",
                    "Check the invoice number with the customer; relaunch it once the portal knows the invoice.");
        }
        expect(lookup, 200, "look-up");
        String status = field(lookup, "status");
        switch (status) {
            case "PAID" ->
                throw new BusinessRuleException(
                        ReasonCode.BUSINESS_RULE,
                        "Invoice " + number + " is already paid.",
                        "Nothing to do: remove the invoice from the source file.");
            case "SUBMITTED" ->
                throw new BusinessRuleException(
                        ReasonCode.BUSINESS_RULE,
                        "Invoice " + number + " was already submitted.",
                        "Nothing to do: remove the invoice from the source file.");
            case "PENDING" -> {
                // submitted below
            }
            default ->
                throw new TechnicalException(
                        ReasonCode.INTERFACE, "The invoicing portal reported an unknown status \"" + status + "\".");
        }
        HttpResponse<String> submission = send(
                HttpRequest.newBuilder(URI.create(invoice + "/submission")).POST(HttpRequest.BodyPublishers.noBody()),
                portal);
        if (submission.statusCode() == 409) {
            throw new BusinessRuleException(
                    ReasonCode.BUSINESS_RULE,
                    "The invoicing portal refused invoice " + number + ": it is already paid or submitted.",
                    "Check the invoice on the portal; nothing to relaunch.");
        }
        expect(submission, 201, "submission");
        return field(submission, "confirmation");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, PortalSettings portal)
            throws TechnicalException {
        request.timeout(portal.timeout()).header("Accept", "application/json");
        if (portal.password().isPresent()) {
            try {
                request.header("Authorization", "Bearer " + portal.password().get());
            } catch (IllegalArgumentException notAHeader) {
                // the JDK's message quotes the header's value: never let the password reach a reason
                throw new TechnicalException(
                        ReasonCode.TECHNICAL,
                        "The secret named by the process setting portalPasswordSecret cannot be sent to the portal: it"
                                + " holds a line break, a control character or a character beyond Latin-1.");
            }
        }
        HttpResponse<String> response = HttpCalls.send(request.build(), SYSTEM);
        if (portal.sandbox() && response.headers().firstValue(SANDBOX_HEADER).isEmpty()) {
            throw new TechnicalException(
                    ReasonCode.TECHNICAL,
                    "The process setting portalUrl is empty and this server runs no sandbox portal: set portalUrl to"
                            + " the invoicing portal's address (PUT /api/v1/processes/{name} with"
                            + " {\"settings\":{\"portalUrl\":\"https://…\"}}).");
        }
        if (response.statusCode() == 401) {
            throw new TechnicalException(
                    ReasonCode.INTERFACE,
                    portal.password().isPresent()
                            ? "The invoicing portal refused the password of the secret named by the process setting"
                                    + " portalPasswordSecret (HTTP 401)."
                            : "The invoicing portal wants a password (HTTP 401): save it as a secret and name the"
                                    + " secret in the process setting portalPasswordSecret.");
        }
        return response;
    }

    private static void expect(HttpResponse<String> response, int status, String what) throws TechnicalException {
        if (response.statusCode() != status) {
            throw new TechnicalException(
                    ReasonCode.INTERFACE,
                    "The invoicing portal answered the " + what + " with HTTP " + response.statusCode() + ", not "
                            + status + ".");
        }
    }

    private static String field(HttpResponse<String> response, String name) throws TechnicalException {
        try (JsonReader reader = JsonP.reader(new StringReader(response.body()))) {
            JsonObject body = reader.readObject();
            if (!body.containsKey(name) || body.isNull(name)) {
                throw new TechnicalException(
                        ReasonCode.INTERFACE, "The invoicing portal's answer has no " + name + ".");
            }
            return body.getString(name);
        } catch (JsonException | ClassCastException e) {
            throw new TechnicalException(
                    ReasonCode.INTERFACE, "The invoicing portal's answer is not the expected JSON.", e);
        }
    }
}
