package io.verdict.web.run;

import io.verdict.run.Check;
import io.verdict.run.Diagnosis;
import io.verdict.run.Run;
import io.verdict.run.RunState;
import java.util.List;

/**
 * {@code GET /runs/{id}/diagnosis}: the pending checklist, each line passed or failed with its evidence, in the order
 * the lines are checked. {@code pendingReason} is the first failure while the run is PENDING.
 */
public record DiagnosisJson(
        long runId, RunState state, String pendingReason, boolean ready, List<String> readyRobots, List<Line> checks) {

    public record Line(Check check, String title, boolean passed, String evidence) {}

    public static DiagnosisJson of(Run run, Diagnosis diagnosis) {
        return new DiagnosisJson(
                run.getId(),
                run.getState(),
                run.getState() == RunState.PENDING ? diagnosis.pendingReason() : null,
                diagnosis.ready(),
                diagnosis.readyRobots(),
                diagnosis.checks().stream()
                        .map(result ->
                                new Line(result.check(), result.check().title(), result.passed(), result.evidence()))
                        .toList());
    }
}
