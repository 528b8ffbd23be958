package io.verdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Management;
import io.verdict.VerdictIT;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server the build configured keeps what must survive a restart in the database: batch job executions, timers and
 * Verdict's own data; mail and database settings come from the environment when it starts.
 */
class ServerConfigurationIT extends VerdictIT {

    @ArquillianResource
    ManagementClient management;

    private Management server;

    @BeforeEach
    void connect() {
        server = new Management(management);
    }

    @Test
    void batchJobExecutionsAreKeptInTheVerdictDatabase() {
        assertThat(server.read("subsystem=batch-jberet", "default-job-repository")
                        .asString())
                .isEqualTo("verdict");
        assertThat(server.read("subsystem=batch-jberet/jdbc-job-repository=verdict", "data-source")
                        .asString())
                .isEqualTo("VerdictDS");
        assertThat(server.hasChildren("subsystem=batch-jberet", "in-memory-job-repository"))
                .as("no in-memory repository left to fall back on")
                .isFalse();
        assertThat(server.read("subsystem=batch-jberet", "restart-jobs-on-resume")
                        .asBoolean())
                .as("Verdict's dispatcher resumes runs; WildFly must not restart their jobs as well")
                .isFalse();
    }

    @Test
    void persistentTimersAreKeptInTheVerdictDatabase() {
        assertThat(server.read("subsystem=ejb3/service=timer-service", "default-data-store")
                        .asString())
                .isEqualTo("verdict-timers");
        assertThat(server.read(
                                "subsystem=ejb3/service=timer-service/database-data-store=verdict-timers",
                                "datasource-jndi-name")
                        .asString())
                .isEqualTo("java:jboss/datasources/VerdictDS");
    }

    @Test
    void theVerdictDatasourceIsTheOneChosenAtBuildTimeAndItConnects() {
        String database = System.getProperty("verdict.db", "h2");

        assertThat(server.read("subsystem=datasources/data-source=VerdictDS", "driver-name")
                        .asString())
                .isEqualTo(database);
        ModelNode test = server.execute(
                Management.operation("subsystem=datasources/data-source=VerdictDS", "test-connection-in-pool"));
        assertThat(test.get("outcome").asString()).isEqualTo("success");
        if (database.equals("h2")) {
            assertThat(Path.of(System.getenv("VERDICT_DATA_DIR"), "verdict.mv.db"))
                    .as("the embedded database is a file under VERDICT_DATA_DIR")
                    .satisfies(file -> assertThat(Files.isRegularFile(file)).isTrue());
        }
    }

    @Test
    void theMailSessionTakesItsServerFromTheEnvironment() {
        ModelNode binding = server.readResource(
                "socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=verdict-smtp");

        assertThat(binding.get("host").asExpression().getExpressionString())
                .isEqualTo("${env.VERDICT_SMTP_HOST:localhost}");
        assertThat(binding.get("port").asExpression().getExpressionString()).isEqualTo("${env.VERDICT_SMTP_PORT:25}");
        assertThat(server.read("subsystem=mail/mail-session=verdict", "jndi-name")
                        .asString())
                .isEqualTo("java:jboss/mail/Verdict");
    }

    @Test
    void webAndEjbSecurityUseTheVerdictElytronDomain() {
        assertThat(server.read("subsystem=undertow/application-security-domain=verdict", "security-domain")
                        .asString())
                .isEqualTo("VerdictDomain");
        assertThat(server.read("subsystem=ejb3/application-security-domain=verdict", "security-domain")
                        .asString())
                .isEqualTo("VerdictDomain");
    }
}
