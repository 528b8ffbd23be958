package io.verdict;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A second Verdict server started by a test from the same WildFly installation, with its own base directory, robot
 * name, database and ports, so that a test can kill it the hard way and start it again.
 */
public final class ServerNode implements AutoCloseable {

    private final Path base;
    private final int portOffset;
    private final Map<String, String> environment;
    private Process process;

    /**
     * A node in {@code target/<name>}, with its own copy of the configured server, the built EAR and the sandbox
     * portal.
     */
    public ServerNode(String name, int portOffset, Map<String, String> environment) {
        this.base = Path.of("target", name).toAbsolutePath();
        this.portOffset = portOffset;
        this.environment = environment;
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        try {
            TestFiles.deleteRecursively(base);
            Files.createDirectories(base.resolve("deployments"));
            copyRecursively(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
            withoutDeployments(base.resolve("configuration/verdict.xml"));
            for (String deployment : List.of("verdict.ear", "verdict.sandbox.war")) {
                Path file = Path.of(System.getProperty(deployment));
                Files.copy(
                        file,
                        base.resolve("deployments").resolve(file.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server and waits until Verdict answers. */
    public ServerNode start() {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        jbossHome.resolve("bin/standalone.sh").toString(),
                        "-c",
                        "verdict.xml",
                        "-Djboss.server.base.dir=" + base,
                        "-Djboss.socket.binding.port-offset=" + portOffset))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        base.resolve("console.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Api admin = Api.as(url(), "admin", "admin");
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> admin.get("api/v1/processes").status() == 200);
        return this;
    }

    /** Kills the server's JVM with SIGKILL: no shutdown hook, no graceful stop, as a power cut would. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !process.isAlive() && process.descendants().noneMatch(ProcessHandle::isAlive));
    }

    public URL url() {
        try {
            return new URL("http://localhost:" + (8080 + portOffset) + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    /**
     * The suite's server has the EAR deployed through Arquillian and the sandbox by the build; this node deploys its
     * own copies instead.
     */
    private static void withoutDeployments(Path configuration) throws IOException {
        String xml = Files.readString(configuration);
        Files.writeString(configuration, xml.replaceAll("(?s)<deployments>.*?</deployments>", ""));
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
