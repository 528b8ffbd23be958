package io.verdict.web.secret;

import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.process.Process;
import io.verdict.process.ProcessService;
import io.verdict.secret.SecretService;
import io.verdict.web.console.ConsoleMessages;
import io.verdict.web.console.ConsoleText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /console/secrets.xhtml} (admins), write-only like the API: the secrets' names and scopes, saving one
 * (the value goes from the password field to the service and is not kept by the page) and deleting one.
 */
@Named
@ViewScoped
public class SecretsView implements Serializable {

    @Inject
    transient SecretService secrets;

    @Inject
    transient ProcessService processes;

    private String name;
    private String scope;
    private transient String value;

    public List<SecretJson> getRows() {
        return secrets.list().stream().map(SecretJson::of).toList();
    }

    public List<String> getProcessNames() {
        return processes.list().stream().map(Process::getName).toList();
    }

    public void save() {
        try {
            SecretService.Saved saved = secrets.save(name, scope == null || scope.isEmpty() ? null : scope, value);
            ConsoleMessages.info(
                    saved.created() ? "secrets.created" : "secrets.replaced",
                    saved.secret().getName());
            name = null;
            scope = null;
        } catch (InvalidRequestException | NotFoundException refused) {
            ConsoleMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        } finally {
            value = null;
        }
    }

    public void delete(String secret) {
        try {
            secrets.delete(secret);
            ConsoleMessages.info("secrets.deleted", secret);
        } catch (NotFoundException refused) {
            ConsoleMessages.refused(refused);
        }
    }

    /** What the confirmation says before a secret is deleted. */
    public String deleteWarning(String secret) {
        return ConsoleText.of("secrets.deleteMessage", secret);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    /** Always empty: the page never shows a value, not even the one just typed. */
    public String getValue() {
        return null;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
