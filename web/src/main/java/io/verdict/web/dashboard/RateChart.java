package io.verdict.web.dashboard;

import io.verdict.dashboard.ProcessResults;
import io.verdict.result.Result;
import io.verdict.vocabulary.JsonP;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A process's OK/KO/ERROR rates per day as a Chart.js configuration for {@code p:chart}: stacked bars of 100 %, in the
 * console's result colours. Built with JSON-P, so no text of Verdict's ever becomes script.
 */
final class RateChart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final Map<Result, String> COLOURS =
            Map.of(Result.OK, "#22c55e", Result.KO, "#f59e0b", Result.ERROR, "#ef4444");

    private RateChart() {}

    static String of(ProcessResults results) {
        JsonArrayBuilder labels = JsonP.array();
        results.days().forEach(day -> labels.add(DAY.format(day.day())));
        JsonArrayBuilder datasets = JsonP.array();
        for (Result result : Result.values()) {
            JsonArrayBuilder rates = JsonP.array();
            results.days().forEach(day -> rates.add(day.percent(result)));
            datasets.add(JsonP.object()
                    .add("label", result.name() + " %")
                    .add("data", rates)
                    .add("backgroundColor", COLOURS.get(result)));
        }
        return JsonP.object()
                .add("type", "bar")
                .add("data", JsonP.object().add("labels", labels).add("datasets", datasets))
                .add("options", options())
                .build()
                .toString();
    }

    private static JsonObjectBuilder options() {
        return JsonP.object()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "scales",
                        JsonP.object()
                                .add("x", JsonP.object().add("stacked", true))
                                .add(
                                        "y",
                                        JsonP.object()
                                                .add("stacked", true)
                                                .add("min", 0)
                                                .add("max", 100)))
                .add("plugins", JsonP.object().add("legend", JsonP.object().add("position", "bottom")));
    }
}
