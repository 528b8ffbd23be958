package io.verdict.token;

import io.verdict.vocabulary.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An API token: its name, the role it acts with, who made it and when it was last used; never the token itself. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "token_hash")
    private String tokenHash;

    /** The robot a robot token acts for; null for the people's roles. */
    private String robot;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {}

    ApiToken(String name, Role role, String tokenHash, String robot, String createdBy, Instant createdAt) {
        this.name = name;
        this.role = role;
        this.tokenHash = tokenHash;
        this.robot = robot;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether a use at {@code now} is to be written: the last one written is older than the precision kept. */
    boolean useDue(Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(TokenService.LAST_USED_PRECISION_SECONDS));
    }

    /** Notes a use; at most once a minute, so that busy tokens do not write on every call. */
    void usedAt(Instant now) {
        if (useDue(now)) {
            lastUsedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public String getRobot() {
        return robot;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
