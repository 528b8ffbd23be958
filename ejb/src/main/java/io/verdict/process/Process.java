package io.verdict.process;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A named automation: the Jakarta Batch job of the same name in the batch-jobs module, plus the settings an
 * administrator may change (robot, attempts, minimum robot version, recipients, concurrency).
 */
@Entity
@Table(name = "process")
@NamedQuery(name = "Process.findAll", query = "SELECT p FROM Process p ORDER BY p.name")
@NamedQuery(name = "Process.findByName", query = "SELECT p FROM Process p WHERE p.name = :name")
public class Process {

    /** Attempts per record when a process does not say otherwise: the first try and two retries. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    private String description;

    private String robot;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;

    @Column(name = "min_robot_version")
    private String minRobotVersion;

    @Column(name = "concurrent_runs", nullable = false)
    private boolean concurrentRuns;

    @Convert(converter = RecipientsConverter.class)
    private List<String> recipients = List.of();

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected Process() {}

    Process(String name, String description, Instant registeredAt) {
        this.name = name;
        this.description = description;
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    /** The robot that runs this process, or {@code null} when any robot may. */
    public String getRobot() {
        return robot;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public String getMinRobotVersion() {
        return minRobotVersion;
    }

    public boolean isConcurrentRuns() {
        return concurrentRuns;
    }

    public List<String> getRecipients() {
        return recipients;
    }
}
