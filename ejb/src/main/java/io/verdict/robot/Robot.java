package io.verdict.robot;

import io.verdict.db.LinesConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A robot as the database knows it: what it said in its last heartbeat, and the licence an administrator gave it. Its
 * connection and licence status depend on the time and on the other robots, so {@link Roster} works them out.
 */
@Entity
@Table(name = "robot")
@NamedQuery(name = "Robot.findAll", query = "SELECT r FROM Robot r ORDER BY r.name")
public class Robot {

    @Id
    private String name;

    private String version;

    private String os;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "last_seen")
    private Instant lastSeen;

    @Column(name = "licence_key")
    private String licenceKey;

    @Column(name = "licence_expires_at")
    private Instant licenceExpiresAt;

    @Column(name = "licence_assigned_at")
    private Instant licenceAssignedAt;

    /** Whether this robot is an external program that heartbeats over the API, not a Verdict server node. */
    @Column(nullable = false)
    private boolean external;

    /** The processes an external robot says it can work (its heartbeat's capabilities); none for a server node. */
    @Convert(converter = LinesConverter.class)
    private List<String> capabilities = List.of();

    protected Robot() {}

    Robot(String name, Instant registeredAt) {
        this.name = name;
        this.registeredAt = registeredAt;
    }

    /** The robot said it is alive, what it runs, what it can work, and whether it is external. */
    void heartbeat(String version, String os, List<String> capabilities, boolean external, Instant at) {
        this.external = external;
        this.version = version;
        this.os = os;
        this.capabilities = List.copyOf(capabilities);
        this.lastSeen = at;
    }

    /** A new key, or a renewal of an expired one, takes its place in the plan after the licences already held. */
    void assignLicence(String key, Instant expiresAt, Instant at) {
        if (!key.equals(licenceKey) || !licenceExpiresAt.isAfter(at)) {
            this.licenceAssignedAt = at;
        }
        this.licenceKey = key;
        this.licenceExpiresAt = expiresAt;
    }

    void unassignLicence() {
        this.licenceKey = null;
        this.licenceExpiresAt = null;
        this.licenceAssignedAt = null;
    }

    public String getName() {
        return name;
    }

    /** The version of Verdict the robot runs; {@code null} until it first connects. */
    public String getVersion() {
        return version;
    }

    public boolean isExternal() {
        return external;
    }

    /** Whether a Verdict server node has heartbeat under this name: an external robot may not take it. */
    public boolean isServerNode() {
        return !external && lastSeen != null;
    }

    public List<String> getCapabilities() {
        return capabilities;
    }

    public String getOs() {
        return os;
    }

    /** The robot's last heartbeat, when it ever sent one. */
    public Optional<Instant> getLastSeen() {
        return Optional.ofNullable(lastSeen);
    }

    public Optional<String> getLicenceKey() {
        return Optional.ofNullable(licenceKey);
    }

    public Instant getLicenceExpiresAt() {
        return licenceExpiresAt;
    }

    /** When the current licence key was given; the earlier a licence was given, the surer its place in the plan. */
    public Instant getLicenceAssignedAt() {
        return licenceAssignedAt;
    }
}
