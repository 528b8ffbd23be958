package io.verdict.user;

import io.verdict.vocabulary.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A person who signs in to the console or calls the API, with the roles granted to them. */
@Entity
@Table(name = "verdict_user")
public class User {

    @Id
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Where the summaries of the runs this user starts go; null when the user gave no address. */
    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "verdict_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected User() {}

    User(String username, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.roles.addAll(role.grantedRoleNames());
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }
}
