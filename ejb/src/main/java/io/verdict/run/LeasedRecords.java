package io.verdict.run;

/**
 * What the robot protocol needs to hear of a run's life: that it was created, so that robots may lease its records
 * once it runs, and what becomes of the records robots hold or answered when the run ends without its job writing them
 * (a stop before it ran again, a recovery while it was stopping, a job that failed or could not start). The lease
 * feature implements it; the run feature only says when, so that neither depends on the other's tables.
 */
public interface LeasedRecords {

    /** In the caller's transaction, which creates the run: its records may be leased once it runs. */
    void open(long runId);

    /**
     * In the caller's transaction: writes the results the robots answered, as the job would have (a robot's ERROR is
     * not tried again), and revokes the leases still held, their records ERROR INTERRUPTED for {@code reason}.
     */
    void settle(long runId, String reason);
}
