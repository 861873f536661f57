package dev.rapport.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.LocalRapport;
import dev.rapport.local.LocalRapportFixture;
import dev.rapport.local.testing.Http;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The support admins' pages in headless Chromium: after a demo conversation with a rating and a
 * handoff, the figures' tiles and charts show them; the handoff queue lists and closes handoffs.
 * Skipped without Chromium, like the chat page's test.
 */
class AdminPageBrowserTest {

    private static WebDriver browser;
    private static LocalRapport stack;

    @BeforeAll
    static void startBrowser() {
        // English, whatever the machine's languages: the page follows the browser's.
        browser = Chromium.start("en-US,en", 1200, 900);
        stack = LocalRapportFixture.shared();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDemoConversationWithFeedbackShowsInTheFigures() {
        Http http = new Http(stack.baseUri());
        String customer = stack.mintToken("demo-" + System.nanoTime(), List.of());
        JsonNode answer =
                Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"Where is my parcel?\"}", customer)));
        http.send(
                http.postJson("/v1/turns/" + answer.path("turnId").asText() + "/feedback", "{\"rating\":5}", customer));
        http.send(http.postJson("/v1/chat", "{\"message\":\"我要投诉，转人工！\"}", customer));
        stack.drainStreams();

        browser.get(stack.baseUri().resolve("/admin.html").toString());
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#tiles .tile")).isEmpty());

        assertThat(Long.parseLong(tile("Turns"))).isGreaterThanOrEqualTo(2);
        assertThat(tile("CSAT")).matches("\\d+%");
        assertThat(browser.findElements(By.cssSelector("#turns-chart rect.bar")))
                .hasSize(14);
        assertThat(browser.findElement(By.cssSelector("#reasons-chart")).getText())
                .contains("requested");
    }

    /**
     * The queue page: a complaint's transcript shows as text (markup stays text); a reply reaches the customer's
     * history as from a person; Close moves it to the closed list.
     */
    @Test
    void anAdminSeesTheComplaintAsTextAndClosesItWithANote() {
        Http http = new Http(stack.baseUri());
        String customer = stack.mintToken("queue-page-" + System.nanoTime(), List.of());
        // Letters only: a long number could be read as a card number and redacted.
        String marker = "<b id=\"injected\">shouting in bold</b>";
        String sessionId = Http.json(http.send(http.postJson(
                        "/v1/chat", "{\"message\":\"转人工！" + marker.replace("\"", "\\\"") + "\"}", customer)))
                .path("sessionId")
                .asText();

        browser.get(stack.baseUri().resolve("/handoffs.html").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        WebElement mine = wait.until(d -> d.findElements(By.cssSelector("#handoffs .handoff")).stream()
                .filter(e -> e.getText().contains(sessionId))
                .findFirst()
                .orElse(null));

        assertThat(mine.getText()).contains(marker);
        assertThat(browser.findElements(By.id("injected"))).isEmpty();
        String id = mine.getAttribute("data-id");
        mine.findElement(By.name("message")).sendKeys("Hello, I am looking into it now.");
        mine.findElement(By.cssSelector(".reply button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Sent to the customer"));
        wait.until(d -> mine.findElement(By.cssSelector(".since")).getText().contains("person: Hello, I am looking"));
        assertThat(Http.json(http.send(http.get("/v1/sessions/" + sessionId + "/turns", customer)))
                        .path("turns")
                        .findValuesAsText("from"))
                .containsExactly("assistant", "person");
        mine.findElement(By.name("resolution")).sendKeys("Called back, sorted");
        mine.findElement(By.cssSelector(".close button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Closed " + id));

        new Select(browser.findElement(By.id("status-filter"))).selectByValue("closed");
        browser.findElement(By.id("show")).click();
        WebElement closed = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#handoffs .handoff[data-id='" + id + "'] .resolution")));
        assertThat(closed.getText()).contains("Called back, sorted");
    }

    private static String tile(String label) {
        return browser.findElement(By.cssSelector("#tiles .tile[data-figure='" + label + "'] .value"))
                .getText();
    }
}
