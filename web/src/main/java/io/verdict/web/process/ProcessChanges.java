package io.verdict.web.process;

import io.verdict.process.ProcessChange;
import io.verdict.process.ProcessDeclaration;
import io.verdict.web.api.JsonFields;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the bodies of {@code PUT /processes/{name}} and {@code POST /processes}. A change is partial: a field that is
 * absent keeps its value; {@code null} clears it ({@code "robot": null} means any robot). A field Verdict does not
 * know, or of the wrong type, is a 400 naming it: a misspelt setting must not answer 200 and change nothing.
 */
final class ProcessChanges {

    /** The fields of a change, which a declaration may send too. */
    private static final Set<String> CHANGE_FIELDS = Set.of(
            "robot",
            "maxAttempts",
            "backoffMs",
            "chunkSize",
            "partitions",
            "leaseSeconds",
            "maxLeases",
            "minRobotVersion",
            "concurrentRuns",
            "recipients",
            "retentionDays",
            "mailFolder",
            "settings",
            "active");

    /** The fields only a declaration sends. */
    private static final Set<String> DECLARATION_FIELDS =
            Set.of("name", "template", "description", "columns", "keyColumn");

    private ProcessChanges() {}

    /** A {@code PUT}'s change of a process that is {@code current}; any field that is not a change's is a 400. */
    static ProcessChange change(ProcessChange current, JsonObject body) {
        return merge(current, JsonFields.only(body, CHANGE_FIELDS, "process change"));
    }

    static ProcessChange merge(ProcessChange current, JsonObject body) {
        return new ProcessChange(
                body.containsKey("robot") ? JsonFields.text(body, "robot") : current.robot(),
                body.containsKey("maxAttempts") ? JsonFields.number(body, "maxAttempts") : current.maxAttempts(),
                body.containsKey("backoffMs") ? JsonFields.number(body, "backoffMs") : current.backoffMs(),
                body.containsKey("chunkSize") ? JsonFields.number(body, "chunkSize") : current.chunkSize(),
                body.containsKey("partitions") ? JsonFields.number(body, "partitions") : current.partitions(),
                body.containsKey("leaseSeconds") ? JsonFields.number(body, "leaseSeconds") : current.leaseSeconds(),
                body.containsKey("maxLeases") ? JsonFields.number(body, "maxLeases") : current.maxLeases(),
                body.containsKey("minRobotVersion")
                        ? JsonFields.text(body, "minRobotVersion")
                        : current.minRobotVersion(),
                body.containsKey("concurrentRuns") ? JsonFields.bool(body, "concurrentRuns") : current.concurrentRuns(),
                body.containsKey("recipients") ? JsonFields.list(body, "recipients") : current.recipients(),
                body.containsKey("retentionDays") ? JsonFields.number(body, "retentionDays") : current.retentionDays(),
                body.containsKey("mailFolder") ? JsonFields.text(body, "mailFolder") : current.mailFolder(),
                body.containsKey("settings") ? JsonFields.strings(body, "settings") : current.settings(),
                body.containsKey("active") ? JsonFields.bool(body, "active") : current.active());
    }

    /** A declaration's own fields; any field that is neither a declaration's nor a change's is a 400 naming it. */
    static ProcessDeclaration declaration(JsonObject body) {
        Set<String> fields = new HashSet<>(DECLARATION_FIELDS);
        fields.addAll(CHANGE_FIELDS);
        JsonFields.only(body, fields, "process");
        return new ProcessDeclaration(
                body.containsKey("name") ? JsonFields.text(body, "name") : null,
                body.containsKey("template") ? JsonFields.text(body, "template") : null,
                body.containsKey("description") ? JsonFields.text(body, "description") : null,
                body.containsKey("columns") ? JsonFields.list(body, "columns") : null,
                body.containsKey("keyColumn") ? JsonFields.text(body, "keyColumn") : null);
    }
}
