package io.verdict.web.security;

import io.verdict.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Checks user names and passwords, for the login form and HTTP Basic alike, against Verdict's users. */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    @Inject
    UserService users;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return users.authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(roles -> new CredentialValidationResult(credential.getCaller(), roles))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
