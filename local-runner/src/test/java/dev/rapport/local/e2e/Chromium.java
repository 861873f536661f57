package dev.rapport.local.e2e;

import static org.assertj.core.api.Assertions.fail;

import dev.rapport.local.testing.Repository;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium session (Debian's {@code chromium} and {@code chromedriver}) speaking the
 * given languages. Skipped where none is installed, unless {@code RAPPORT_E2E_REQUIRED=true} (CI),
 * where a missing browser fails the build instead.
 */
final class Chromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {}

    static WebDriver start(String acceptLanguages, int width, int height) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && Boolean.parseBoolean(System.getenv("RAPPORT_E2E_REQUIRED"))) {
            fail("Chromium and chromedriver are required (run .ci/install-browser.sh)");
        }
        Assumptions.assumeTrue(installed, "Chromium not installed; browser test skipped");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-extensions",
                        "--no-first-run",
                        "--hide-scrollbars",
                        "--lang=" + acceptLanguages.split(",")[0],
                        "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        WebDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER)
                        .usingAnyFreePort()
                        .build(),
                options);
        browser.manage().window().setSize(new Dimension(width, height));
        return browser;
    }

    /** Sets an input the way a picker would: date and time inputs take keys in the browser's own format. */
    static void set(WebDriver browser, WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    /** The page as it looks now, as {@code docs/<name>}: the consoles' documentation shows what the tests saw. */
    /**
     * Screenshots go to {@code local-runner/target/screenshots}, so a build leaves the tracked files alone;
     * {@code -Drapport.screenshots=docs} writes them over the ones docs/consoles.md shows.
     */
    static void screenshot(WebDriver browser, String name) {
        try {
            Path folder = "docs".equals(System.getProperty("rapport.screenshots"))
                    ? Repository.ROOT.resolve("docs")
                    : Repository.ROOT.resolve("local-runner").resolve("target").resolve("screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
