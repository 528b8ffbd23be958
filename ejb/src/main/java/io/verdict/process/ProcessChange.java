package io.verdict.process;

import io.verdict.robot.RobotIdentity;
import io.verdict.robot.RobotVersion;
import io.verdict.vocabulary.MailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A process's new settings, as an administrator sends them; validated before they are applied.
 *
 * @param active false retires the process: it takes no new runs and keeps its history; true brings it back
 */
public record ProcessChange(
        String robot,
        int maxAttempts,
        int backoffMs,
        int chunkSize,
        int partitions,
        int leaseSeconds,
        int maxLeases,
        String minRobotVersion,
        boolean concurrentRuns,
        List<String> recipients,
        int retentionDays,
        String mailFolder,
        Map<String, String> settings,
        boolean active) {

    /** Robot names do not depend on case: the robot is kept as {@link RobotIdentity#canonical} spells it. */
    public ProcessChange {
        robot = robot == null ? null : robot.strip().toLowerCase(Locale.ROOT);
        mailFolder = mailFolder == null || mailFolder.isBlank() ? null : mailFolder.strip();
        if (INBOX.equalsIgnoreCase(mailFolder)) {
            mailFolder = INBOX;
        }
    }

    /** The settings of a process nobody has changed yet. */
    public static ProcessChange defaults() {
        return new ProcessChange(
                null,
                Process.DEFAULT_MAX_ATTEMPTS,
                Process.DEFAULT_BACKOFF_MS,
                Process.DEFAULT_CHUNK_SIZE,
                Process.DEFAULT_PARTITIONS,
                Process.DEFAULT_LEASE_SECONDS,
                Process.DEFAULT_MAX_LEASES,
                null,
                false,
                List.of(),
                Process.DEFAULT_RETENTION_DAYS,
                null,
                Map.of(),
                true);
    }

    /** These settings, with the process retired ({@code false}) or brought back ({@code true}). */
    public ProcessChange withActive(boolean active) {
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
                settings,
                active);
    }

    /** Upper bounds that keep a typo from stalling a run for hours. */
    static final int MAX_ATTEMPTS = 10, MAX_BACKOFF_MS = 60_000, MAX_CHUNK_SIZE = 5_000;

    /**
     * Partitions of one run at most: each holds a batch thread and, while it commits, two database connections, and a
     * target system that is slow for one caller is rarely faster for more than a handful.
     */
    static final int MAX_PARTITIONS = 8;

    /** A lease lasts ten seconds at least (a robot heartbeats and answers within them) and a day at most. */
    public static final int MIN_LEASE_SECONDS = 10, MAX_LEASE_SECONDS = 86_400;

    /** Records of one run out at once at most: ten robots leasing the most a call takes (100) each. */
    static final int MAX_LEASES = 1_000;

    /** How long ended runs are kept at most: ten years. */
    static final int MAX_RETENTION_DAYS = 3_650;

    static final int MAX_FOLDER_LENGTH = 200;

    /** The one IMAP folder name that does not depend on case. */
    private static final String INBOX = "INBOX";

    /** The problems with these settings, each naming its field; empty when they are valid. */
    public List<String> problems() {
        ArrayList<String> problems = new ArrayList<>();
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            problems.add("maxAttempts must be between 1 and " + MAX_ATTEMPTS);
        }
        if (backoffMs < 0 || backoffMs > MAX_BACKOFF_MS) {
            problems.add("backoffMs must be between 0 and " + MAX_BACKOFF_MS);
        }
        if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
            problems.add("chunkSize must be between 1 and " + MAX_CHUNK_SIZE);
        }
        if (partitions < 1 || partitions > MAX_PARTITIONS) {
            problems.add("partitions must be between 1 and " + MAX_PARTITIONS);
        }
        if (leaseSeconds < MIN_LEASE_SECONDS || leaseSeconds > MAX_LEASE_SECONDS) {
            problems.add("leaseSeconds must be between " + MIN_LEASE_SECONDS + " and " + MAX_LEASE_SECONDS);
        }
        if (maxLeases < 1 || maxLeases > MAX_LEASES) {
            problems.add("maxLeases must be between 1 and " + MAX_LEASES);
        }
        if (retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS) {
            problems.add("retentionDays must be between 1 and " + MAX_RETENTION_DAYS);
        }
        if (mailFolder != null
                && (mailFolder.length() > MAX_FOLDER_LENGTH
                        || mailFolder.chars().anyMatch(Character::isISOControl))) {
            problems.add("mailFolder: an IMAP folder name such as INBOX or Invoices, at most " + MAX_FOLDER_LENGTH
                    + " characters; send null to watch none");
        }
        if (robot != null && RobotIdentity.canonical(robot).isEmpty()) {
            problems.add("robot: " + RobotIdentity.notAName(robot) + "; send null for any robot");
        }
        if (minRobotVersion != null && RobotVersion.parse(minRobotVersion).isEmpty()) {
            problems.add("minRobotVersion: \"" + minRobotVersion + "\" is not a version: " + RobotVersion.EXPECTED);
        }
        for (String recipient : recipients) {
            if (!MailAddress.isValid(recipient)) {
                problems.add("recipients: \"" + recipient + "\" is not an e-mail address");
            }
        }
        return problems;
    }
}
