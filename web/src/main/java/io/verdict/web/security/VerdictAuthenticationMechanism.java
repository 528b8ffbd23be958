package io.verdict.web.security;

import io.verdict.token.TokenService;
import io.verdict.vocabulary.JsonP;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a request proves who sent it. The API is stateless: every call carries HTTP Basic credentials or an API token
 * ({@code Authorization: Bearer vdt_…}), and a call without them gets a JSON 401. The console signs in once with the
 * login form and keeps the user in the session; a console page asked for without signing in redirects to the login
 * form and back.
 */
@ApplicationScoped
public class VerdictAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String BEARER = "Bearer ";
    private static final String SESSION_USER = SignedInUser.class.getName();

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    TokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        return isApi(request) ? validateApiCall(request, response, context) : validateConsoleRequest(request, context);
    }

    private AuthenticationStatus validateApiCall(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return context.isProtected()
                    ? unauthorized(response, "Authentication required: send HTTP Basic credentials or a Bearer token.")
                    : context.doNothing();
        }
        if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return tokens.authenticate(authorization.substring(BEARER.length()).strip())
                    .map(identity -> {
                        if (identity.robot() != null) {
                            request.setAttribute(RobotTokenFilter.ROBOT, identity.robot());
                        }
                        return context.notifyContainerAboutLogin(identity.principal(), identity.roles());
                    })
                    .orElseGet(() -> unauthorized(response, "Unknown or deleted token."));
        }
        if (!BasicCredentials.isBasic(authorization)) {
            return unauthorized(response, "Unsupported authorization scheme: use HTTP Basic or a Bearer token.");
        }
        Optional<CredentialValidationResult> result =
                BasicCredentials.parse(authorization).map(identityStore::validate);
        if (result.isEmpty()) {
            return unauthorized(response, "Malformed HTTP Basic credentials.");
        }
        if (result.get().getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response, "Wrong user name or password.");
        }
        return context.notifyContainerAboutLogin(result.get());
    }

    private AuthenticationStatus validateConsoleRequest(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStore.validate(credential));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof SignedInUser user) {
            return context.notifyContainerAboutLogin(user.name(), user.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?from=" + originalTarget(request));
        }
        return context.doNothing();
    }

    private static AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session that existed before signing in must not become the signed-in one
        }
        request.getSession(true)
                .setAttribute(
                        SESSION_USER,
                        new SignedInUser(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    /** Ends the console session of this request's user. */
    static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originalTarget(HttpServletRequest request) {
        String target =
                request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Verdict\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Verdict\"");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            JsonP.writer(response.getWriter())
                    .writeObject(JsonP.object()
                            .add("error", "Unauthorized")
                            .add("detail", detail)
                            .build());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
