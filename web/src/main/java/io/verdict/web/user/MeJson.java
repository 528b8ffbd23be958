package io.verdict.web.user;

import io.verdict.user.User;
import java.util.List;

/** The signed-in user as {@code /me} shows them: {@code {username, roles, email}}, roles sorted. */
public record MeJson(String username, List<String> roles, String email) {

    static MeJson of(User user) {
        return new MeJson(user.getUsername(), user.getRoles().stream().sorted().toList(), user.getEmail());
    }
}
