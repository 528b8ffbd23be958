package io.verdict.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** What the console tells the user after an action, in the page's message area. */
public final class ConsoleMessages {

    private ConsoleMessages() {}

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
