package io.verdict.run;

/**
 * One line of the checklist that says why a run is pending, in the order a person troubleshooting goes through them
 * (README, "My run stays PENDING"): the first line that fails is the run's pending reason.
 */
public enum Check {
    ROBOT_CONNECTED("Robot connected", "Robot not connected"),
    ROBOT_ASSIGNED("Robot assigned", "No robot assigned"),
    ROBOT_VERSION("Robot version at or above the process's minimum", "Robot version below the process's minimum"),
    LICENCE("Licence active", "No active licence"),
    NO_OTHER_RUN("No other run of the process running", "Another run of this process is still running"),
    SCHEDULE_ACTIVE("Schedule active", "Schedule inactive");

    private final String title;
    private final String failure;

    Check(String title, String failure) {
        this.title = title;
        this.failure = failure;
    }

    /** What the line checks, as the console shows it. */
    public String title() {
        return title;
    }

    /** What a failure of this line means, at the start of the pending reason. */
    public String failure() {
        return failure;
    }
}
