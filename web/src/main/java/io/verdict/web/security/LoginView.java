package io.verdict.web.security;

import io.verdict.web.console.ConsoleText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form: signs the user in and returns them to the console page they asked for. */
@Named
@RequestScoped
public class LoginView {

    static final String HOME = "/console/";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String from;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeTarget(from));
            case SEND_CONTINUE -> faces.responseComplete();
            default ->
                faces.addMessage(
                        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ConsoleText.of("login.wrong"), null));
        }
    }

    public void logout() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        VerdictAuthenticationMechanism.signOut(request);
        external.redirect(external.getRequestContextPath() + VerdictAuthenticationMechanism.LOGIN_PAGE);
    }

    /** Only a console page of this application is a valid place to return to: never another site. */
    static String safeTarget(String from) {
        if (from == null || !from.startsWith(HOME) || from.contains("//") || from.contains("\\")) {
            return HOME;
        }
        return from;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
