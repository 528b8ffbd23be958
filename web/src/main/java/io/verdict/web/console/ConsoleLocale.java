package io.verdict.web.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The console's language for this session: the one picked with the switcher, or else the browser's best match
 * ({@code Accept-Language}) among the supported ones in {@code faces-config.xml}, English by default.
 */
@Named
@SessionScoped
public class ConsoleLocale implements Serializable {

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    /**
     * Switches to a supported language (an unknown one is ignored) and shows the same page again, with its
     * parameters, in it.
     */
    public String use(String language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Application application = faces.getApplication();
        List<Locale> known = new ArrayList<>(List.of(application.getDefaultLocale()));
        application.getSupportedLocales().forEachRemaining(known::add);
        Locale wanted = Locale.forLanguageTag(language);
        if (known.contains(wanted)) {
            chosen = wanted;
        }
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The page's language for {@code <html lang>}: {@code en} or {@code es}. */
    public String getLanguage() {
        return getLocale().getLanguage();
    }
}
