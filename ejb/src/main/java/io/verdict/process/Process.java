package io.verdict.process;

import io.verdict.db.LinesConverter;
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
 * A named automation: a shipped process runs the Jakarta Batch job of the same name in the batch-jobs module, a
 * declared one its template's job with the columns it was declared with; both have the settings an administrator may
 * change (robot, attempts, chunks and partitions, minimum robot version, recipients, concurrency, whether it is
 * active).
 */
@Entity
@Table(name = "process")
@NamedQuery(name = "Process.findAll", query = "SELECT p FROM Process p ORDER BY p.name")
@NamedQuery(
        name = "Process.findByName",
        query = "SELECT p FROM Process p LEFT JOIN FETCH p.settings WHERE p.name = :name")
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

    /** How long a robot holds a leased record before it must answer or extend: two minutes. */
    public static final int DEFAULT_LEASE_SECONDS = 120;

    /** Records of one run leased to robots at once. */
    public static final int DEFAULT_MAX_LEASES = 8;

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

    @Convert(converter = LinesConverter.class)
    private List<String> recipients = List.of();

    @Column(name = "backoff_ms", nullable = false)
    private int backoffMs = DEFAULT_BACKOFF_MS;

    @Column(name = "chunk_size", nullable = false)
    private int chunkSize = DEFAULT_CHUNK_SIZE;

    /** How many partitions of a run work its records at once, each over its own range of them. */
    @Column(nullable = false)
    private int partitions = DEFAULT_PARTITIONS;

    /** How long a robot process's lease lasts unless its robot extends it. */
    @Column(name = "lease_seconds", nullable = false)
    private int leaseSeconds = DEFAULT_LEASE_SECONDS;

    /** How many records of one run of a robot process may be leased at once: its counterpart of partitions. */
    @Column(name = "max_leases", nullable = false)
    private int maxLeases = DEFAULT_MAX_LEASES;

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

    /** The template job a declared process runs; null for a shipped process, which runs the job of its own name. */
    private String template;

    /** A declared process's input columns, in order; a shipped process's are in its job XML. */
    @Convert(converter = LinesConverter.class)
    @Column(name = "declared_columns")
    private List<String> columns = List.of();

    /** A declared process's key column, one of its columns, or null. */
    @Column(name = "key_column")
    private String keyColumn;

    /** A retired process (false) takes no new runs and keeps its history. */
    @Column(nullable = false)
    private boolean active = true;

    protected Process() {}

    Process(String name, String description, Instant registeredAt) {
        this.name = name;
        this.description = description;
        this.registeredAt = registeredAt;
    }

    /** A process declared from a template job. */
    Process(ProcessDeclaration declaration, Instant declaredAt) {
        this(declaration.name(), declaration.description(), declaredAt);
        this.template = declaration.template();
        this.columns = List.copyOf(declaration.columns());
        this.keyColumn = declaration.keyColumn();
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

    public int getLeaseSeconds() {
        return leaseSeconds;
    }

    public int getMaxLeases() {
        return maxLeases;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public String getMailFolder() {
        return mailFolder;
    }

    public String getTemplate() {
        return template;
    }

    /** Whether this process was declared at run time, from a template, rather than shipped as a job XML. */
    public boolean isDeclared() {
        return template != null;
    }

    /** The job XML that runs this process: its template's when declared, its own when shipped. */
    public String job() {
        return isDeclared() ? template : name;
    }

    List<String> getColumns() {
        return columns;
    }

    String getKeyColumn() {
        return keyColumn;
    }

    public boolean isActive() {
        return active;
    }

    /** This process's settings as a change that changes nothing: what a partial change starts from. */
    public ProcessChange current() {
        return new ProcessChange(
                robot,
                maxAttempts,
                backoffMs,
                chunkSize,
                partitions,
                leaseSeconds,
                maxLeases,
                minRobotVersion,
                concurrentRuns,
                recipients,
                retentionDays,
                mailFolder,
                getSettings(),
                active);
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
        this.leaseSeconds = change.leaseSeconds();
        this.maxLeases = change.maxLeases();
        this.minRobotVersion = change.minRobotVersion();
        this.concurrentRuns = change.concurrentRuns();
        this.recipients = List.copyOf(change.recipients());
        this.retentionDays = change.retentionDays();
        this.mailFolder = change.mailFolder();
        this.settings.clear();
        this.settings.putAll(change.settings());
        this.active = change.active();
    }
}
