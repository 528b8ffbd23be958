package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;

/**
 * Times console pages as a signed-in user waits for them in headless Chromium, from asking for the address to the
 * items table shown; for the benchmarks, which live outside this package of page objects.
 */
public final class ConsoleStopwatch implements AutoCloseable {

    private final URL deployment;
    private final Path downloads;
    private final WebDriver driver;

    private ConsoleStopwatch(URL deployment, Path downloads) {
        this.deployment = deployment;
        this.downloads = downloads;
        this.driver = Browser.open(downloads);
    }

    public static ConsoleStopwatch signedInAs(URL deployment, String user, String password) {
        try {
            ConsoleStopwatch stopwatch = new ConsoleStopwatch(deployment, Files.createTempDirectory("verdict-bench"));
            LoginPage.open(stopwatch.driver, deployment).signInAs(user, password);
            return stopwatch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Milliseconds until the run's page shows its items from record {@code record} on (its link, {@code &from=}). */
    public long runPageFrom(long runId, int record) {
        long start = System.nanoTime();
        RunPage page = RunPage.openFrom(driver, deployment, runId, record);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(page.recordNumbers()).as("the page shown").startsWith(record);
        return millis;
    }

    @Override
    public void close() {
        driver.quit();
        TestFiles.deleteRecursively(downloads);
    }
}
