package io.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The schedule API as tests use it: schedules due at a coming minute, their ledgers, and files for them to read. */
public final class Schedules {

    private final Api admin;
    private final List<Long> created = new ArrayList<>();

    public Schedules(Api admin) {
        this.admin = admin;
    }

    /** The first whole minute at least {@code margin} from now: time enough to set a schedule up before it is due. */
    public static Instant nextMinute(Duration margin) {
        return Instant.now().plus(margin).plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
    }

    /** A schedule of the process due every day at {@code due}'s GMT hour and minute, with more fields if given. */
    public JsonObject createDueAt(String process, Instant due, String moreFields) {
        var time = due.atOffset(ZoneOffset.UTC);
        Api.Response response = admin.post(
                "api/v1/schedules",
                "{\"process\":\"" + process + "\",\"hour\":" + time.getHour() + ",\"minute\":" + time.getMinute()
                        + (moreFields.isEmpty() ? "" : "," + moreFields) + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        created.add((long) response.object().getInt("id"));
        return response.object();
    }

    public List<JsonObject> firings(long scheduleId) {
        Api.Response response = admin.get("api/v1/schedules/" + scheduleId + "/firings");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    /** The schedule's first ledger line with a run, or with the reason there is none, once it has one. */
    public JsonObject awaitFiring(long scheduleId, Duration atMost) {
        return await().atMost(atMost)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> firings(scheduleId).stream()
                                .filter(line -> !line.isNull("runId") || !line.isNull("reason"))
                                .findFirst()
                                .orElse(null),
                        line -> line != null);
    }

    /** Deletes the schedules this helper created that still exist, so none fires in a later test. */
    public void deleteAll() {
        created.forEach(id -> admin.delete("api/v1/schedules/" + id));
    }

    /** Writes a CSV file into the process's inbox under the data directory, for a firing to read. */
    public static void inboxFile(String dataDir, String process, String name, String content) {
        try {
            Path inbox = Path.of(dataDir, "inbox", process);
            Files.createDirectories(inbox);
            Files.writeString(inbox.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
