package io.verdict.lease;

import java.time.Instant;
import java.util.Map;

/**
 * One record leased to one robot, as the robot receives it: which lease to answer, which record of which run, the
 * attempt it is, the record's values, and when the lease expires unless extended.
 *
 * @param keySeenBefore an earlier record of the same run has the same key: a duplicate, for the robot to judge
 * @param dryRun the run only checks its data: the robot must change nothing in the target system
 */
public record Lease(
        String leaseId,
        long itemId,
        long runId,
        int runNumber,
        String process,
        int seq,
        String key,
        boolean keySeenBefore,
        int attempt,
        boolean dryRun,
        Map<String, String> payload,
        Instant expiresAt) {}
