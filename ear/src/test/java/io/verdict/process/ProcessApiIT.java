package io.verdict.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/v1/processes}: every job XML of batch-jobs is a process, with its settings. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProcessApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.verdict();
    }

    @ArquillianResource
    URL url;

    @Test
    void listsTheDeployedJobsAsProcessesWithDefaultSettings() {
        Api.Response response = Api.as(url, "viewer", "viewer").get("api/v1/processes");

        assertThat(response.status()).isEqualTo(200);
        List<JsonObject> processes = response.json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(processes).extracting(p -> p.getString("name")).contains("demo");
        JsonObject demo = processes.stream()
                .filter(p -> p.getString("name").equals("demo"))
                .findFirst()
                .orElseThrow();
        assertThat(demo.getString("description")).startsWith("Demo process");
        assertThat(demo.getInt("maxAttempts")).isEqualTo(3);
        assertThat(demo.getBoolean("concurrentRuns")).isFalse();
        assertThat(demo.get("robot")).as("any robot").isEqualTo(JsonValue.NULL);
        assertThat(demo.get("minRobotVersion")).isEqualTo(JsonValue.NULL);
        assertThat(demo.getJsonArray("recipients")).isEmpty();
    }
}
