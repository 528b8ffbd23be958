package io.verdict.web.security;

import io.verdict.robot.RobotIdentity;
import io.verdict.vocabulary.JsonP;
import io.verdict.vocabulary.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a robot token to the robot protocol: a call in the robot role may only be one of the robot calls, for the
 * robot its token is bound to; anything else is a 403 saying so, in JSON like every API error. The container lets the
 * robot role into {@code /api/*}; this filter draws the line, in one place, and fails closed: a caller in the robot
 * role without a bound robot is refused everything.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RobotTokenFilter extends HttpFilter {

    /** The request attribute naming the robot a robot token acts for, set when the token is authenticated. */
    static final String ROBOT = RobotTokenFilter.class.getName() + ".robot";

    /** The robot calls that name their robot in the path, which must be the token's. */
    private static final Pattern ROBOT_CALL = Pattern.compile("/api/v1/robots/([^/]+)/(heartbeat|leases)");

    /** The robot calls on leases (one, or a batch of results), which the lease service checks are the robot's. */
    private static final Pattern LEASE_CALL = Pattern.compile("/api/v1/leases/([^/]+/(result|extend|release)|results)");

    /** The robot a robot call acts for: the one its token is bound to; empty for any other caller. */
    public static Optional<String> robotOf(HttpServletRequest request) {
        return request.isUserInRole(Role.ROBOT_NAME)
                ? Optional.ofNullable((String) request.getAttribute(ROBOT))
                : Optional.empty();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.isUserInRole(Role.ROBOT_NAME)) {
            chain.doFilter(request, response);
            return;
        }
        Object robot = request.getAttribute(ROBOT);
        if (robot == null) {
            forbidden(
                    response, "This robot token is bound to no robot; an admin makes robot tokens with a robot name.");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher call = ROBOT_CALL.matcher(path);
        boolean post = "POST".equals(request.getMethod());
        if (post && LEASE_CALL.matcher(path).matches()) {
            chain.doFilter(request, response);
        } else if (!post || !call.matches()) {
            forbidden(
                    response,
                    "A robot token makes only the robot calls (POST /api/v1/robots/" + robot + "/heartbeat, POST"
                            + " /api/v1/robots/" + robot + "/leases, POST /api/v1/leases/{leaseId}/result, extend or"
                            + " release, POST /api/v1/leases/results); this call needs a person's credentials or another token.");
        } else if (!Optional.of(call.group(1))
                .flatMap(RobotIdentity::canonical)
                .map(robot::equals)
                .orElse(false)) {
            forbidden(response, "This token acts for robot " + robot + ", not for robot " + call.group(1) + ".");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void forbidden(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JsonP.writer(response.getWriter())
                .writeObject(JsonP.object()
                        .add("error", "Forbidden")
                        .add("detail", detail)
                        .build());
    }
}
