package dev.rapport.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.LocalRapport;
import dev.rapport.local.LocalRapportFixture;
import dev.rapport.local.testing.Http;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The chat page in a real headless Chromium (Debian's {@code chromium} and {@code chromedriver}),
 * against the whole local stack. Skipped where no Chromium is installed, unless
 * {@code RAPPORT_E2E_REQUIRED=true} (CI), where a missing browser fails the build instead.
 */
class ChatPageBrowserTest {

    private static final By ANSWERED = By.cssSelector("#messages .msg.assistant:not(.pending)");

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
    void customerChatsAndTheAssistantRemembersWhatWasSaid() {
        signIn("browser-" + UUID.randomUUID().toString().substring(0, 8));

        send("我的订单号是 88231，昨天下单的");
        assertThat(answers()).hasSize(1);
        String sessionId = browser.findElement(By.id("session-id")).getText();
        assertThat(sessionId).isNotBlank().isNotEqualTo("new");

        send("我的订单号是多少？");
        assertThat(answers()).hasSize(2);
        assertThat(answers().get(1).getText()).contains("88231");
        assertThat(browser.findElement(By.id("session-id")).getText()).isEqualTo(sessionId);
    }

    @Test
    void historyComesBackAfterReloadingThePage() {
        String customer = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        signIn(customer);
        send("My favourite colour is teal.");
        String sessionId = browser.findElement(By.id("session-id")).getText();

        browser.navigate().refresh();
        signIn(customer);

        wait(Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(ANSWERED, 1));
        assertThat(browser.findElement(By.id("session-id")).getText()).isEqualTo(sessionId);
        assertThat(browser.findElements(By.cssSelector("#messages .msg.user")))
                .extracting(WebElement::getText)
                .containsExactly("My favourite colour is teal.");
    }

    @Test
    void aColleaguesReplyAfterAHandoffShowsAsFromAPersonWhileTheAssistantOnlyAcknowledges() {
        signIn("browser-" + UUID.randomUUID().toString().substring(0, 8));
        send("转人工，我要投诉");
        send("还在吗？");
        String sessionId = browser.findElement(By.id("session-id")).getText();
        assertThat(answers().getLast().getText()).startsWith("已转给人工客服同事，他们会在这里回复您。");

        Http http = new Http(stack.baseUri());
        String admin = stack.mintToken("support-" + UUID.randomUUID(), List.of("support-admins"));
        String id =
                Http.json(http.send(http.get("/v1/handoffs", admin))).path("handoffs").findParents("sessionId").stream()
                        .filter(h -> h.path("sessionId").asText().equals(sessionId))
                        .findFirst()
                        .orElseThrow()
                        .path("id")
                        .asText();
        http.send(http.postJson("/v1/handoffs/" + id + "/messages", "{\"message\":\"您好，我是客服小林。\"}", admin));

        // The page looks for a colleague's messages every few seconds while one has the conversation.
        WebElement person = wait(Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages .msg.person")));
        assertThat(person.getText()).contains("您好，我是客服小林。").contains("from a person");
    }

    @Test
    void aCustomerTurnsMemoryOffAndThenHasEverythingForgotten() {
        String customer = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        signIn(customer);
        send("My order number is 31337.");
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("your-data")));

        WebElement memory = browser.findElement(By.id("memory-enabled"));
        assertThat(memory.isSelected()).isTrue();
        memory.click();
        browser.findElement(By.id("save-settings")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("settings-status"), "Saved."));

        browser.navigate().refresh();
        signIn(customer);
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("your-data")));
        assertThat(browser.findElement(By.id("memory-enabled")).isSelected()).isFalse();
        assertThat(answers()).hasSize(1);

        browser.findElement(By.id("forget-me")).click();
        wait(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.textMatches(By.id("data-status"), Pattern.compile("Forgotten at .+")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Everything about you was deleted");
        assertThat(browser.findElement(By.id("session-id")).getText()).isEqualTo("new");
        wait(Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.id("memory-enabled")).isSelected());
    }

    @Test
    void whatACustomerSaysInOneSessionIsRememberedShownAndForgottenOnRequest() {
        signIn("browser-" + UUID.randomUUID().toString().substring(0, 8));
        send("I'm vegetarian and wear size M");
        stack.drainStreams();

        browser.findElement(By.id("new-session")).click();
        send("Can you recommend a jacket for me?");
        assertThat(answers().getLast().getText()).contains("is vegetarian").contains("wears size M");

        browser.findElement(By.id("refresh-memories")).click();
        By memories = By.cssSelector("#memories .memory");
        // The page re-renders the list on its own a moment after each answer: read and click it afresh.
        wait(Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    List<String> texts = driver.findElements(memories).stream()
                            .map(WebElement::getText)
                            .toList();
                    return texts.size() == 2
                            && texts.stream().anyMatch(t -> t.contains("is vegetarian") && t.contains("I'm vegetarian"))
                            && texts.stream().anyMatch(t -> t.contains("wears size M"));
                });

        wait(Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    driver.findElements(memories).stream()
                            .filter(m -> m.getText().contains("wears size M"))
                            .findFirst()
                            .orElseThrow()
                            .findElement(By.cssSelector("button.delete"))
                            .click();
                    return true;
                });
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(memories, 1));

        send("Any recommendation for shoes?");
        assertThat(answers().getLast().getText()).contains("is vegetarian").doesNotContain("wears size M");
    }

    @Test
    void customerTextIsShownAsTextNeverAsMarkup() {
        signIn("browser-" + UUID.randomUUID().toString().substring(0, 8));
        String hostile = "<img src=x onerror=\"document.title='pwned'\"> hello";

        send(hostile);

        assertThat(browser.findElements(By.cssSelector("#messages img"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#messages .msg.user")).getText())
                .isEqualTo(hostile);
        assertThat(browser.getTitle()).isNotEqualTo("pwned");
    }

    @Test
    void aCustomerAsksAboutAPhotoInTheSameConversationAndTheAnswerNamesItsColour() throws Exception {
        signIn("browser-" + UUID.randomUUID().toString().substring(0, 8));
        send("I'm looking for a bag");
        String sessionId = browser.findElement(By.id("session-id")).getText();
        Path photo = Files.createTempFile("red-bag", ".png");
        BufferedImage red = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = red.createGraphics();
        g.setColor(new Color(200, 25, 35));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        ImageIO.write(red, "png", photo.toFile());

        // The file dialog behind the Photo button cannot be driven; the input it opens can.
        WebElement input = browser.findElement(By.id("photo-input"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].hidden = false;", input);
        input.sendKeys(photo.toAbsolutePath().toString());
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-preview")));
        send("Do you have this one in blue?");

        assertThat(answers().getLast().getText()).contains("red").contains("can't see details");
        assertThat(browser.findElements(By.cssSelector("#messages .msg.user img.thumb")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("photo-preview")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("session-id")).getText()).isEqualTo(sessionId);
        Files.delete(photo);
    }

    @Test
    void aCustomerGivesAnAnswerAThumbAndChangesTheirMind() {
        signIn("browser-" + UUID.randomUUID().toString().substring(0, 8));
        send("Where is my parcel 88231?");
        String sessionId = browser.findElement(By.id("session-id")).getText();

        answers().get(0).findElement(By.cssSelector(".vote-down")).click();
        wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".vote-down.chosen")));
        answers().get(0).findElement(By.cssSelector(".vote-up")).click();
        wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".vote-up.chosen")));

        assertThat(browser.findElements(By.cssSelector(".vote.chosen"))).hasSize(1);
        assertThat(storedVerdicts(sessionId)).containsExactly("up");
    }

    /** The thumbs stored beside the session's turns, read straight from the embedded DynamoDB. */
    private static List<String> storedVerdicts(String sessionId) {
        try (DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(stack.dynamoDbEndpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(() -> AwsBasicCredentials.create("local", "local"))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            return client.scanPaginator(b -> b.tableName("rapport-local-conversations")).items().stream()
                    .filter(item -> item.get("sk").s().startsWith("FEEDBACK#")
                            && item.get("pk").s().endsWith(sessionId))
                    .map(item -> item.get("thumbs").s())
                    .toList();
        }
    }

    @Test
    void aReminderAskedForInChatIsListedDeliveredToTheInboxAndOneMadeInThePanelIsDeleted() {
        signIn("browser-" + UUID.randomUUID().toString().substring(0, 8));

        send("remind me in two minutes to check the oven");
        assertThat(answers().get(0).getText()).contains("I'll remind you to check the oven");
        wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("reminders"), "check the oven"));

        // Two minutes on, the schedule fires (twice, as at-least-once delivery may) and the inbox shows it once.
        LocalRapportFixture.CLOCK.moveTo(java.time.Instant.now().plusSeconds(180));
        try {
            for (int i = 0; i < 2; i++) {
                ((JavascriptExecutor) browser)
                        .executeScript("return fetch('/local/schedules/ReminderSweep/run', {method: 'POST'}).then(r =>"
                                + " r.status)");
            }
        } finally {
            LocalRapportFixture.CLOCK.reset();
        }
        browser.findElement(By.id("refresh-reminders")).click();
        wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("inbox"), "a reminder: check the oven"));
        assertThat(browser.findElements(By.cssSelector("#inbox li.memory"))).hasSize(1);

        browser.findElement(By.id("reminder-text")).sendKeys("water the plants");
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('reminder-at').value = '2030-01-05T09:00'");
        browser.findElement(By.id("add-reminder")).click();
        wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("reminders"), "water the plants"));
        WebElement plants = browser.findElements(By.cssSelector("#reminders li.memory")).stream()
                .filter(item -> item.getText().contains("water the plants"))
                .findFirst()
                .orElseThrow();
        plants.findElement(By.tagName("button")).click();
        wait(Duration.ofSeconds(10))
                .until(driver ->
                        !driver.findElement(By.id("reminders")).getText().contains("water the plants"));
        assertThat(browser.findElement(By.id("reminder-status")).getText()).isEqualTo("Deleted.");
    }

    @Test
    void aBirthdayCardInTheInboxShowsAsAnImage() {
        signIn("browser-" + UUID.randomUUID().toString().substring(0, 8));
        Object saved = ((JavascriptExecutor) browser)
                .executeScript("return fetch('/v1/settings', {method: 'PUT', headers: {Authorization: 'Bearer ' +"
                        + " state.token, 'Content-Type': 'application/json'}, body: JSON.stringify({marketingOptIn:"
                        + " true, timezone: 'Asia/Shanghai', locale: 'zh-CN'})}).then(r => r.status)");
        assertThat(saved).isEqualTo(200L);
        send("我的生日是 3 月 12 日，我最喜欢绿色");
        stack.drainStreams();

        LocalRapportFixture.CLOCK.moveTo(java.time.Instant.parse("2027-03-12T02:00:00Z"));
        try {
            ((JavascriptExecutor) browser)
                    .executeScript("return fetch('/local/schedules/CampaignDispatch/run', {method: 'POST'}).then(r =>"
                            + " r.status)");
        } finally {
            LocalRapportFixture.CLOCK.reset();
        }
        stack.drainQueues();
        browser.findElement(By.id("refresh-reminders")).click();

        WebElement card = wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#inbox li.memory img")));
        assertThat(card.getAttribute("alt")).contains("生日快乐").contains("绿色");
        assertThat(((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", card))
                .isEqualTo(640L);
    }

    private static void signIn(String customer) {
        browser.get(stack.baseUri().toString());
        WebElement field = browser.findElement(By.id("customer-id"));
        field.clear();
        field.sendKeys(customer);
        browser.findElement(By.id("sign-in")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("send")));
    }

    private static void send(String text) {
        int before = answers().size();
        WebElement box = browser.findElement(By.id("message"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
        wait(Duration.ofSeconds(20))
                .until(driver -> driver.findElements(ANSWERED).size() > before
                        || !driver.findElements(By.cssSelector("#messages .msg.error"))
                                .isEmpty());
        assertThat(browser.findElements(By.cssSelector("#messages .msg.error")))
                .extracting(WebElement::getText)
                .isEmpty();
    }

    private static List<WebElement> answers() {
        return browser.findElements(ANSWERED);
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }
}
