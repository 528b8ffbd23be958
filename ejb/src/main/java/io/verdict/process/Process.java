package io.verdict.process;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A named automation: the Jakarta Batch job of the same name in the batch-jobs module, plus the settings an
 * administrator may change (robot, attempts, chunks and partitions, minimum robot version, recipients, concurrency).
 */
@Entity
@Table(name = "process")
@NamedQuery(name = "Process.findAll", query = "SELECT p FROM Process p ORDER BY p.name")
@NamedQuery(name = "Process.findByName", query = "SELECT p FROM Process p WHERE p.name = :name")
public class Process {

    /** Attempts per record when a process does not say otherwise: the first try and two retries. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    /** The wait before the first retry; each further retry waits twice as long. */
    public static final int DEFAULT_BACKOFF_MS = 500;

    /** Records committed together. */
    public static final int DEFAULT_CHUNK_SIZE = 50;

    public static final int DEFAULT_RETENTION_DAYS = 180;

    /** A run's records are worked one after the other, in one partition. */
    public static final int DEFAULT_PARTITIONS = 1;

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

    @Column(name = "backoff_ms", nullable = false)
    private int backoffMs = DEFAULT_BACKOFF_MS;

    @Column(name = "chunk_size", nullable = false)
    private int chunkSize = DEFAULT_CHUNK_SIZE;

    /** How many partitions of a run work its records at once, each over its own range of them. */
    @Column(nullable = false)
    private int partitions = DEFAULT_PARTITIONS;

    /** The IMAP folder whose messages start runs of this process; null when it watches none. */
    @Column(name = "mail_folder")
    private String mailFolder;

    /** Ended runs are purged, with their items, this many days after they ended. */
    @Column(name = "retention_days", nullable = false)
    private int retentionDays = DEFAULT_RETENTION_DAYS;

    /** Handler settings an administrator changed; the job XML's properties are the defaults. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "process_setting", joinColumns = @JoinColumn(name = "process_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "setting")
    private Map<String, String> settings = new HashMap<>();

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

    public int getBackoffMs() {
        return backoffMs;
    }

    public int getChunkSize() {
        return chunkSize;
    }

    public int getPartitions() {
        return partitions;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public String getMailFolder() {
        return mailFolder;
    }

    /** The settings an administrator changed, by name. */
    public Map<String, String> getSettings() {
        return Map.copyOf(settings);
    }

    void change(ProcessChange change) {
        this.robot = change.robot();
        this.maxAttempts = change.maxAttempts();
        this.backoffMs = change.backoffMs();
        this.chunkSize = change.chunkSize();
        this.partitions = change.partitions();
        this.minRobotVersion = change.minRobotVersion();
        this.concurrentRuns = change.concurrentRuns();
        this.recipients = List.copyOf(change.recipients());
        this.retentionDays = change.retentionDays();
        this.mailFolder = change.mailFolder();
        this.settings.clear();
        this.settings.putAll(change.settings());
    }
}
