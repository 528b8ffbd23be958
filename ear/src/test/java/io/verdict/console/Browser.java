package io.verdict.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false,
                        "safebrowsing.enabled",
                        false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
        return driver;
    }

    /**
     * Saves the whole page (up to 2000 px high) as {@code target/screenshots/<name>.png}; README's pictures in
     * {@code docs/} are copied from there.
     */
    static void screenshot(WebDriver driver, String name) {
        Dimension window = driver.manage().window().getSize();
        long pageHeight = (Long) ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.width, (int) Math.min(pageHeight + 120, 2000)));
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
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
