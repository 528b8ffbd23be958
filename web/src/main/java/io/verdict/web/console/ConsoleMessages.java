package io.verdict.web.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * What the console tells the user after an action, in the page's message area: its own texts from the bundle, in the
 * page's language, or a refusal in the server's own words (which name the row, column or state at fault).
 */
public final class ConsoleMessages {

    private ConsoleMessages() {}

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, ConsoleText.of(key, arguments));
    }

    /** An info message shown on the page the action redirects to. */
    public static void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, ConsoleText.of(key, arguments));
    }

    /** The reason a service refused the action, as it gave it. */
    public static void refused(RuntimeException refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusal.getMessage());
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
