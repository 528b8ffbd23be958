package io.verdict.web.console;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** A text of the console's bundle ({@code io/verdict/web/console/messages*.properties}) in the page's language. */
public final class ConsoleText {

    private ConsoleText() {}

    /** The text for {@code key} with its {@link MessageFormat} arguments filled in. */
    public static String of(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }
}
