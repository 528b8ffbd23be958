package io.verdict.secret;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named secret: its scope (a process, or null for every process) and its value, encrypted. */
@Entity
@Table(name = "secret")
public class Secret {

    @Id
    private String name;

    private String scope;

    private String ciphertext;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Secret() {}

    Secret(String name, String createdBy, Instant createdAt) {
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void set(String scope, String ciphertext, Instant at) {
        this.scope = scope;
        this.ciphertext = ciphertext;
        this.updatedAt = at;
    }

    String getCiphertext() {
        return ciphertext;
    }

    public String getName() {
        return name;
    }

    public String getScope() {
        return scope;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
