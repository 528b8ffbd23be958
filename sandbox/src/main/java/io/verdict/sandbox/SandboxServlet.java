package io.verdict.sandbox;

import io.undertow.servlet.handlers.ServletRequestContext;
import io.verdict.sandbox.SandboxPortal.FaultMode;
import io.verdict.sandbox.SandboxPortal.Invoice;
import io.verdict.sandbox.SandboxPortal.Status;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox invoicing portal's HTTP API ({@code /sandbox/api}), on when {@code verdict.sandbox.enabled} is true (the
 * embedded database's default; {@code VERDICT_SANDBOX_ENABLED}). Invoices are open to anyone, as a website's would be
 * to a robot; the calls that change how the portal behaves (faults, latency, password, calls, {@code DELETE /}) need a
 * Verdict admin. Every answer carries {@code X-Verdict-Sandbox: on}, so that a process knows it reached the sandbox.
 *
 * <ul>
 *   <li>{@code PUT /invoices/{number}} {@code {"status":"PENDING|PAID|SUBMITTED"}} and {@code GET /invoices/{number}};
 *   <li>{@code POST /invoices/{number}/submission}: 201 {@code {"confirmation":"…"}}, 409 when not PENDING;
 *   <li>{@code PUT /faults} {@code {"invoice":"…","mode":"HTTP_503|TIMEOUT|RESET","times":N}}: the next N requests
 *       about that invoice fail that way;
 *   <li>{@code PUT /latency} {@code {"ms":N}}: every request waits N ms first;
 *   <li>{@code GET /calls}: {@code {"atOnce":N}}, the most requests about invoices answered at once (a run with
 *       partitions makes several at once) since {@code DELETE /calls};
 *   <li>{@code PUT /password} {@code {"password":"…"}}: invoice requests must then carry
 *       {@code Authorization: Bearer <password>} or get 401, as a real portal would; {@code {"password":null}}
 *       opens it;
 *   <li>{@code DELETE /} forgets everything.
 * </ul>
 */
@WebServlet("/api/*")
public class SandboxServlet extends HttpServlet {

    /** The header on every answer of the sandbox that is on ({@code invoice-check} looks for it). */
    private static final String HEADER = "X-Verdict-Sandbox";

    /** The largest request body the sandbox reads. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final JsonProvider JSON = JsonProvider.provider();

    /** How long a TIMEOUT fault keeps the caller waiting: longer than any sensible client timeout. */
    static final long TIMEOUT_MS = 15_000;

    @Inject
    SandboxPortal portal;

    @Inject
    SandboxAdmins admins;

    @Inject
    @ConfigProperty(name = "verdict.sandbox.enabled", defaultValue = "false")
    boolean enabled;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled) {
            error(response, 404, "The sandbox portal is off: set VERDICT_SANDBOX_ENABLED=true to try Verdict with it.");
            return;
        }
        response.setHeader(HEADER, "on");
        String[] path = path(request);
        String method = request.getMethod();
        if (path.length >= 2 && path[0].equals("invoices")) {
            portal.callStarted();
            try {
                pause(portal.latencyMs());
                invoice(path, method, request, response);
            } finally {
                portal.callEnded();
            }
            return;
        }
        if (!admitted(request, response)) {
            return;
        }
        pause(portal.latencyMs());
        if (path.length == 1 && path[0].equals("calls") && method.equals("GET")) {
            json(response, 200, JSON.createObjectBuilder().add("atOnce", portal.callsAtOnce()));
        } else if (path.length == 1 && path[0].equals("calls") && method.equals("DELETE")) {
            portal.countCallsAgain();
            response.setStatus(204);
        } else if (path.length == 1 && path[0].equals("faults") && method.equals("PUT")) {
            putFault(request, response);
        } else if (path.length == 1 && path[0].equals("latency") && method.equals("PUT")) {
            putLatency(request, response);
        } else if (path.length == 1 && path[0].equals("password") && method.equals("PUT")) {
            putPassword(request, response);
        } else if (path.length == 0 && method.equals("DELETE")) {
            portal.clear();
            response.setStatus(204);
        } else {
            error(response, 404, "No such sandbox resource.");
        }
    }

    /** A control call goes on only for a Verdict admin; otherwise it gets a 401 or 403 saying why. */
    private boolean admitted(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (admins.of(request)) {
            case ADMIN -> {
                return true;
            }
            case NOT_ADMIN ->
                error(response, 403, "The sandbox's faults, latency, password and counts are for Verdict admins.");
            case UNKNOWN ->
                error(
                        response,
                        401,
                        "The sandbox's control calls need a Verdict admin: send HTTP Basic credentials or a Bearer"
                                + " token.");
        }
        return false;
    }

    private void invoice(String[] path, String method, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!portal.admits(request.getHeader("Authorization"))) {
            error(response, 401, "The invoicing portal wants its password: Authorization: Bearer <password>.");
            return;
        }
        Optional<FaultMode> fault = portal.takeFault(path[1]);
        if (fault.isPresent()) {
            fail(response, fault.get());
            return;
        }
        if (path.length == 2 && method.equals("PUT")) {
            putInvoice(path[1], request, response);
        } else if (path.length == 2 && method.equals("GET")) {
            getInvoice(path[1], response);
        } else if (path.length == 3 && path[2].equals("submission") && method.equals("POST")) {
            submit(path[1], response);
        } else {
            error(response, 405, method + " is not supported here.");
        }
    }

    private void putInvoice(String number, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<JsonObject> body = body(request, response);
        if (body.isEmpty()) {
            return;
        }
        Status status;
        try {
            status = Status.valueOf(body.get().getString("status", ""));
        } catch (IllegalArgumentException | ClassCastException e) {
            error(response, 400, "status must be PENDING, PAID or SUBMITTED.");
            return;
        }
        try {
            json(response, 200, invoice(portal.put(number, status)));
        } catch (IllegalArgumentException refused) {
            error(response, 400, refused.getMessage());
        }
    }

    private void getInvoice(String number, HttpServletResponse response) throws IOException {
        Optional<Invoice> invoice = portal.find(number);
        if (invoice.isEmpty()) {
            error(response, 404, "Unknown invoice " + number + ".");
        } else {
            json(response, 200, invoice(invoice.get()));
        }
    }

    private void submit(String number, HttpServletResponse response) throws IOException {
        Optional<SandboxPortal.Submission> submission = portal.submit(number);
        if (submission.isEmpty()) {
            error(response, 404, "Unknown invoice " + number + ".");
        } else if (!submission.get().accepted()) {
            error(
                    response,
                    409,
                    "Invoice " + number + " is " + submission.get().invoice().status() + ".");
        } else {
            json(
                    response,
                    201,
                    JSON.createObjectBuilder()
                            .add("confirmation", submission.get().invoice().confirmation()));
        }
    }

    private void putLatency(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<JsonObject> body = body(request, response);
        if (body.isEmpty()) {
            return;
        }
        try {
            portal.setLatencyMs(body.get().getJsonNumber("ms").longValue());
            response.setStatus(204);
        } catch (NullPointerException | ClassCastException | IllegalArgumentException e) {
            error(response, 400, "Send {\"ms\":N} with N at most " + SandboxPortal.MAX_LATENCY_MS + ".");
        }
    }

    private void putPassword(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<JsonObject> body = body(request, response);
        if (body.isEmpty()) {
            return;
        }
        if (!body.get().containsKey("password")
                || !(body.get().isNull("password") || body.get().get("password") instanceof JsonString)) {
            error(response, 400, "Send {\"password\":\"…\"}, or {\"password\":null} to open the portal again.");
            return;
        }
        portal.setPassword(body.get().isNull("password") ? null : body.get().getString("password"));
        response.setStatus(204);
    }

    private void putFault(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<JsonObject> body = body(request, response);
        if (body.isEmpty()) {
            return;
        }
        try {
            String invoice = body.get().getString("invoice");
            FaultMode mode = FaultMode.valueOf(body.get().getString("mode"));
            int times = body.get().getInt("times", 1);
            injectFault(invoice, mode, times, response);
        } catch (NullPointerException | ClassCastException | IllegalArgumentException e) {
            error(
                    response,
                    400,
                    "Send {\"invoice\":\"…\",\"mode\":\"HTTP_503|TIMEOUT|RESET\",\"times\":N} with N at most "
                            + SandboxPortal.MAX_FAULT_TIMES + ".");
        }
    }

    private void injectFault(String invoice, FaultMode mode, int times, HttpServletResponse response)
            throws IOException {
        try {
            portal.injectFault(invoice, mode, times);
            response.setStatus(204);
        } catch (IllegalArgumentException refused) {
            error(response, 400, refused.getMessage());
        }
    }

    private static void fail(HttpServletResponse response, FaultMode mode) throws IOException {
        switch (mode) {
            case HTTP_503 -> error(response, 503, "The invoicing portal is unavailable (injected fault).");
            case TIMEOUT -> {
                pause(TIMEOUT_MS);
                error(response, 504, "Too late (injected timeout).");
            }
            case RESET ->
                ServletRequestContext.requireCurrent()
                        .getExchange()
                        .getConnection()
                        .close();
        }
    }

    private static void pause(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String[] path(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) {
            return new String[0];
        }
        return info.substring(1).split("/");
    }

    private static Optional<JsonObject> body(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            error(response, 400, "The body is at most " + MAX_BODY_BYTES + " bytes.");
            return Optional.empty();
        }
        byte[] content = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (content.length > MAX_BODY_BYTES) {
            error(response, 400, "The body is at most " + MAX_BODY_BYTES + " bytes.");
            return Optional.empty();
        }
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(content))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            error(response, 400, "The body must be a JSON object: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static JsonObjectBuilder invoice(Invoice invoice) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("number", invoice.number())
                .add("status", invoice.status().name())
                .add("submissions", invoice.submissions());
        if (invoice.confirmation() != null) {
            json.add("confirmation", invoice.confirmation());
        }
        return json;
    }

    private static void error(HttpServletResponse response, int status, String detail) throws IOException {
        json(
                response,
                status,
                JSON.createObjectBuilder().add("error", "Sandbox").add("detail", detail));
    }

    private static void json(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body.build().toString());
    }
}
