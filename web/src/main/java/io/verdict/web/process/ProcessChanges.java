package io.verdict.web.process;

import io.verdict.process.Process;
import io.verdict.process.ProcessChange;
import io.verdict.web.api.JsonFields;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a {@code PUT /processes/{name}} body as a partial change: a field that is absent keeps its value; {@code null}
 * clears it ({@code "robot": null} means any robot). A field of the wrong type is a 400 naming it.
 */
final class ProcessChanges {

    private ProcessChanges() {}

    static ProcessChange merge(Process current, JsonObject body) {
        Map<String, String> settings = new HashMap<>(current.getSettings());
        if (body.containsKey("settings")) {
            settings = JsonFields.strings(body, "settings");
        }
        return new ProcessChange(
                body.containsKey("robot") ? JsonFields.text(body, "robot") : current.getRobot(),
                body.containsKey("maxAttempts") ? JsonFields.number(body, "maxAttempts") : current.getMaxAttempts(),
                body.containsKey("backoffMs") ? JsonFields.number(body, "backoffMs") : current.getBackoffMs(),
                body.containsKey("chunkSize") ? JsonFields.number(body, "chunkSize") : current.getChunkSize(),
                body.containsKey("partitions") ? JsonFields.number(body, "partitions") : current.getPartitions(),
                body.containsKey("minRobotVersion")
                        ? JsonFields.text(body, "minRobotVersion")
                        : current.getMinRobotVersion(),
                body.containsKey("concurrentRuns")
                        ? JsonFields.bool(body, "concurrentRuns")
                        : current.isConcurrentRuns(),
                body.containsKey("recipients") ? JsonFields.list(body, "recipients") : current.getRecipients(),
                body.containsKey("retentionDays")
                        ? JsonFields.number(body, "retentionDays")
                        : current.getRetentionDays(),
                body.containsKey("mailFolder") ? JsonFields.text(body, "mailFolder") : current.getMailFolder(),
                settings);
    }
}
