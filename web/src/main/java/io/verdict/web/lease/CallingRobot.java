package io.verdict.web.lease;

import io.verdict.web.security.RobotTokenFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;

/** The robot a robot call acts for: the one its token is bound to; any other caller is refused the robot calls. */
final class CallingRobot {

    private CallingRobot() {}

    static String of(HttpServletRequest request) {
        return RobotTokenFilter.robotOf(request)
                .orElseThrow(() -> new ForbiddenException("The robot calls need a robot token (POST /api/v1/tokens"
                        + " {\"role\":\"robot\",\"robot\":…}): a lease belongs to the robot that took it."));
    }
}
