package io.verdict.console;

import io.verdict.TestFiles;
import io.verdict.VerdictIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.WebDriver;

/**
 * A console test in a real browser (run with -Dbrowser): each test gets a fresh headless Chromium and a folder of its
 * own, {@code files}, where the browser's downloads land and the test writes the files it uploads.
 */
@Tag("browser")
abstract class BrowserIT extends VerdictIT {

    WebDriver driver;
    Path files;

    @BeforeEach
    void openBrowser() throws IOException {
        files = Files.createTempDirectory("verdict-browser");
        driver = Browser.open(files);
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
        TestFiles.deleteRecursively(files);
    }
}
