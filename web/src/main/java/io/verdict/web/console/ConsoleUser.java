package io.verdict.web.console;

import io.verdict.vocabulary.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in user as the console shows them: name and role, for the header. */
@Named
@RequestScoped
public class ConsoleUser {

    @Inject
    SecurityContext securityContext;

    public String getName() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }

    /** Whether the user has the role, e.g. {@code operator}: the console shows only the controls a user may use. */
    public boolean may(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** The user's highest role, e.g. "operator". */
    public String getRole() {
        Set<String> granted = Arrays.stream(Role.values())
                .map(Role::roleName)
                .filter(securityContext::isCallerInRole)
                .collect(Collectors.toSet());
        Role highest = Role.highestOf(granted);
        return highest == null ? "" : highest.roleName();
    }
}
