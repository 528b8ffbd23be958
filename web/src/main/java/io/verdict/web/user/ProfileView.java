package io.verdict.web.user;

import io.verdict.error.InvalidRequestException;
import io.verdict.user.UserService;
import io.verdict.web.console.ConsoleMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs {@code /console/profile.xhtml}: the signed-in user's roles and the address their runs' summaries go to. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    @Inject
    transient UserService users;

    private MeJson me;
    private String email;

    public void load() {
        me = MeJson.of(users.me());
        email = me.email();
    }

    public void save() {
        try {
            me = MeJson.of(users.changeMyEmail(email));
            email = me.email();
            ConsoleMessages.info(email == null ? "profile.emailRemoved" : "profile.emailSaved", email);
        } catch (InvalidRequestException refused) {
            ConsoleMessages.refused(refused);
        }
    }

    public MeJson getMe() {
        return me;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
