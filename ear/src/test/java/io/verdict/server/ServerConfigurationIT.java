package io.verdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.VerdictIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * The server the build configured keeps what must survive a restart in the database: batch job executions, timers and
 * Verdict's own data; mail and database settings come from the environment when it starts.
 */
class ServerConfigurationIT extends VerdictIT {

    @ArquillianResource
    ManagementClient management;

    @Test
    void batchJobExecutionsAreKeptInTheVerdictDatabase() throws IOException {
        assertThat(read("subsystem=batch-jberet", "default-job-repository").asString())
                .isEqualTo("verdict");
        assertThat(read("subsystem=batch-jberet/jdbc-job-repository=verdict", "data-source")
                        .asString())
                .isEqualTo("VerdictDS");
        assertThat(childrenOf("subsystem=batch-jberet", "in-memory-job-repository"))
                .as("no in-memory repository left to fall back on")
                .isFalse();
        assertThat(read("subsystem=batch-jberet", "restart-jobs-on-resume").asBoolean())
                .as("Verdict's dispatcher resumes runs; WildFly must not restart their jobs as well")
                .isFalse();
    }

    @Test
    void persistentTimersAreKeptInTheVerdictDatabase() throws IOException {
        assertThat(read("subsystem=ejb3/service=timer-service", "default-data-store")
                        .asString())
                .isEqualTo("verdict-timers");
        assertThat(read(
                                "subsystem=ejb3/service=timer-service/database-data-store=verdict-timers",
                                "datasource-jndi-name")
                        .asString())
                .isEqualTo("java:jboss/datasources/VerdictDS");
    }

    @Test
    void theVerdictDatasourceIsTheOneChosenAtBuildTimeAndItConnects() throws IOException {
        String database = System.getProperty("verdict.db", "h2");

        assertThat(read("subsystem=datasources/data-source=VerdictDS", "driver-name")
                        .asString())
                .isEqualTo(database);
        ModelNode test = execute(operation("subsystem=datasources/data-source=VerdictDS", "test-connection-in-pool"));
        assertThat(test.get("outcome").asString()).isEqualTo("success");
        if (database.equals("h2")) {
            assertThat(Path.of(System.getenv("VERDICT_DATA_DIR"), "verdict.mv.db"))
                    .as("the embedded database is a file under VERDICT_DATA_DIR")
                    .satisfies(file -> assertThat(Files.isRegularFile(file)).isTrue());
        }
    }

    @Test
    void theMailSessionTakesItsServerFromTheEnvironment() throws IOException {
        ModelNode binding = readResource(
                "socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=verdict-smtp");

        assertThat(binding.get("host").asExpression().getExpressionString())
                .isEqualTo("${env.VERDICT_SMTP_HOST:localhost}");
        assertThat(binding.get("port").asExpression().getExpressionString()).isEqualTo("${env.VERDICT_SMTP_PORT:25}");
        assertThat(read("subsystem=mail/mail-session=verdict", "jndi-name").asString())
                .isEqualTo("java:jboss/mail/Verdict");
    }

    @Test
    void webAndEjbSecurityUseTheVerdictElytronDomain() throws IOException {
        assertThat(read("subsystem=undertow/application-security-domain=verdict", "security-domain")
                        .asString())
                .isEqualTo("VerdictDomain");
        assertThat(read("subsystem=ejb3/application-security-domain=verdict", "security-domain")
                        .asString())
                .isEqualTo("VerdictDomain");
    }

    private ModelNode read(String address, String attribute) throws IOException {
        ModelNode operation = operation(address, "read-attribute");
        operation.get("name").set(attribute);
        return result(operation);
    }

    private ModelNode readResource(String address) throws IOException {
        return result(operation(address, "read-resource"));
    }

    private boolean childrenOf(String address, String type) throws IOException {
        ModelNode operation = operation(address, "read-children-names");
        operation.get("child-type").set(type);
        return !result(operation).asList().isEmpty();
    }

    private ModelNode result(ModelNode operation) throws IOException {
        ModelNode response = execute(operation);
        assertThat(response.get("outcome").asString()).as(response.toString()).isEqualTo("success");
        return response.get("result");
    }

    private ModelNode execute(ModelNode operation) throws IOException {
        return management.getControllerClient().execute(operation);
    }

    private static ModelNode operation(String address, String name) {
        ModelNode operation = new ModelNode();
        ModelNode path = operation.get("address").setEmptyList();
        for (String element : address.split("/")) {
            String[] pair = element.split("=", 2);
            path.add(pair[0], pair[1]);
        }
        operation.get("operation").set(name);
        return operation;
    }
}
