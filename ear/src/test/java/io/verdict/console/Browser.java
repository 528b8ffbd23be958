package io.verdict.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium as Debian installs it ({@code chromium} and {@code chromium-driver}). Both paths are explicit, so
 * Selenium never tries to download a browser or a driver.
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("verdict.it.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("verdict.it.chromedriver", "/usr/bin/chromedriver");

    private Browser() {}

    static WebDriver open() {
        return open(null);
    }

    /** A browser whose downloads land in {@code downloads}, without asking. */
    static WebDriver open(Path downloads) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-dev-shm-usage",
                        "--window-size=1366,900",
                        "--user-data-dir=" + temporaryProfile());
        if (downloads != null) {
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "download.default_directory",
                                    downloads.toAbsolutePath().toString(),
                            "download.prompt_for_download", false,
                            "safebrowsing.enabled", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (downloads != null) {
            driver.executeCdpCommand(
                    "Browser.setDownloadBehavior",
                    Map.of(
                            "behavior",
                            "allow",
                            "downloadPath",
                            downloads.toAbsolutePath().toString()));
        }
        return driver;
    }

    private static String temporaryProfile() {
        try {
            File profile = Files.createTempDirectory("verdict-chromium").toFile();
            profile.deleteOnExit();
            return profile.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
