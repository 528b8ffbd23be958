package io.verdict.web.token;

import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.token.TokenService;
import io.verdict.vocabulary.Role;
import io.verdict.web.console.ConsoleMessages;
import io.verdict.web.console.ConsoleText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /console/tokens.xhtml} (admins): the API tokens with their last use, making one (its secret shown on
 * this page once, and forgotten at the next action) and deleting one, through the same service as the API.
 */
@Named
@ViewScoped
public class TokensView implements Serializable {

    @Inject
    transient TokenService tokens;

    private String name;
    private Role role = Role.VIEWER;
    private String robot;
    private TokenJson issued;

    public List<TokenJson> getRows() {
        return tokens.list().stream().map(TokenJson::of).toList();
    }

    public void create() {
        issued = null;
        try {
            TokenService.Issued made = tokens.create(name, role, robot == null || robot.isBlank() ? null : robot);
            issued = TokenJson.of(made.token(), made.secret());
            name = null;
            robot = null;
        } catch (InvalidRequestException refused) {
            ConsoleMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void delete(TokenJson token) {
        issued = null;
        try {
            tokens.delete(token.id());
            ConsoleMessages.info("tokens.deleted", token.name());
        } catch (NotFoundException refused) {
            ConsoleMessages.refused(refused);
        }
    }

    /** What the confirmation says before a token is deleted. */
    public String deleteWarning(TokenJson token) {
        return ConsoleText.of("tokens.deleteMessage", token.name());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    /** The robot a robot token acts for; used only with the robot role. */
    public String getRobot() {
        return robot;
    }

    public void setRobot(String robot) {
        this.robot = robot;
    }

    /** The token just made, with its secret; null once the page did anything else. */
    public TokenJson getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
