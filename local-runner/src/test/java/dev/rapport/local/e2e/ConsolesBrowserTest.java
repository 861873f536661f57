package dev.rapport.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.LocalRapport;
import dev.rapport.local.LocalRapportFixture;
import dev.rapport.local.testing.Audiences;
import dev.rapport.local.testing.Http;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each role's page in headless Chromium on the whole local stack, one browser per role: a customer
 * whose browser speaks Chinese, a marketer scheduling a campaign until it is delivered, a support
 * admin editing an FAQ and seeing the next answer use it. Each leaves a screenshot in {@code docs/}.
 */
class ConsolesBrowserTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());
    private WebDriver browser;

    @AfterEach
    void close() {
        LocalRapportFixture.CLOCK.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Chinese from the browser's languages: labels (the voice controls' too), a refused reminder's
     * problem, dates in the customer's zone; the inbox shows a delivered reminder without a click; the
     * switch to English is kept as the customer's locale.
     */
    @Test
    void aCustomerWhoseBrowserSpeaksChineseUsesThePageInChinese() {
        browser = Chromium.start("zh-CN,zh", 412, 915);
        Wait<WebDriver> wait = patiently();
        String customer = "kehu-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(stack.baseUri().toString());
        wait.until(ExpectedConditions.textToBe(By.cssSelector("label[for=customer-id]"), "客户"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");

        browser.findElement(By.id("customer-id")).sendKeys(customer);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textToBe(By.id("signed-in-as"), "已登录：" + customer));
        WebElement zone = browser.findElement(By.id("timezone"));
        zone.clear();
        zone.sendKeys("Asia/Shanghai");
        browser.findElement(By.id("save-settings")).click();
        wait.until(ExpectedConditions.textToBe(By.id("settings-status"), "已保存。"));

        browser.findElement(By.id("message")).sendKeys("退货政策是什么？");
        browser.findElement(By.id("send")).click();
        WebElement answer = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages .msg.assistant:not(.pending)")));
        assertThat(answer.getText()).contains("退");
        assertThat(answer.findElement(By.cssSelector(".vote-up")).getAttribute("aria-label"))
                .isEqualTo("有帮助");
        // The voice controls (no microphone here, so no recording): labelled, and enabled once signed in.
        WebElement talk = browser.findElement(By.id("talk"));
        assertThat(talk.getText()).isEqualTo("按住说话");
        assertThat(talk.getAttribute("title")).contains("60 秒");
        assertThat(talk.isEnabled()).isTrue();
        assertThat(browser.findElement(By.cssSelector("label:has(#speak-reply)"))
                        .getText())
                .isEqualTo("朗读回复");

        browser.findElement(By.id("reminder-text")).sendKeys("吃药");
        Chromium.set(browser, browser.findElement(By.id("reminder-at")), "2020-01-01T08:00");
        browser.findElement(By.id("add-reminder")).click();
        wait.until(ExpectedConditions.textToBe(By.id("reminder-status"), "该时间已经过去。"));

        LocalDateTime due = LocalDateTime.now(SHANGHAI).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        String token = stack.mintToken(customer, List.of());
        assertThat(http.send(http.postJson("/v1/reminders", "{\"text\":\"取快递\",\"at\":\"" + due + "\"}", token))
                        .statusCode())
                .isEqualTo(201);
        LocalRapportFixture.CLOCK.moveTo(due.atZone(SHANGHAI).toInstant().plusSeconds(1));
        fire("ReminderSweep");
        // No click: the page reads the inbox again by itself.
        WebElement delivered = wait.until(d -> d.findElements(By.cssSelector("#inbox .memory")).stream()
                .filter(e -> e.getText().contains("取快递"))
                .findFirst()
                .orElse(null));
        assertThat(delivered.getText())
                .contains("提醒 · ")
                .contains(due.format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")));
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Chromium.screenshot(browser, "consoles-customer.png");

        browser.findElement(By.cssSelector("[data-lang=en]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("label[for=customer-id]"), "Customer"));
        wait.until(ExpectedConditions.textToBe(By.id("talk"), "Hold to talk"));
        wait.until(d -> "en".equals(settings(token).path("locale").asText()));
        assertThat(browser.findElement(By.id("inbox")).getText()).contains("reminder · ");
    }

    /** Schedule with a segment, see who it reaches, follow it to delivered; a second one is cancelled. */
    @Test
    void aMarketerSchedulesACampaignAndSeesItDelivered() {
        String region = "console-" + UUID.randomUUID().toString().substring(0, 8);
        Audiences audiences = new Audiences(stack);
        String ann = audiences.customer("ann-" + UUID.randomUUID(), "安", true, region);
        audiences.customer("cat-" + UUID.randomUUID(), "Cat", false, region);
        browser = Chromium.start("en-GB,en", 1200, 1500);
        Wait<WebDriver> wait = patiently();
        browser.get(stack.baseUri().resolve("/campaigns.html").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Signed in as marketer-mia"));

        LocalDateTime sendAt = LocalDateTime.now(SHANGHAI).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        String id = schedule("Winter tea", region, sendAt, wait);
        WebElement card = card(id);
        assertThat(card.getAttribute("data-status")).isEqualTo("scheduled");
        WebElement reach = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#campaigns [data-id='" + id + "'] .samples .reach")));
        assertThat(reach.getText()).startsWith("The segment reaches customers");
        assertThat(card(id).findElement(By.cssSelector(".samples")).getText()).contains("安，冬茶到了。");

        LocalRapportFixture.CLOCK.moveTo(sendAt.atZone(SHANGHAI).toInstant().plusSeconds(1));
        fire("CampaignDispatch");
        // The page follows the campaign by itself; the local queue is drained as Lambda's poller would.
        wait.until(d -> {
            stack.drainQueues();
            return "finished".equals(card(id).getAttribute("data-status"));
        });
        List<String> delivery = wait.until(
                d -> List.of(stat(id, "targeted"), stat(id, "sent"), stat(id, "noConsent"), stat(id, "failed")));
        assertThat(delivery).containsExactly("2", "1", "1", "0");
        assertThat(Http.json(http.send(http.get("/v1/inbox", ann)))
                        .path("messages")
                        .findValuesAsText("text"))
                .containsExactly("安，冬茶到了。");
        Chromium.screenshot(browser, "consoles-marketer.png");

        String later = schedule("Spring tea", region, sendAt.plusDays(30), wait);
        card(later).findElement(By.cssSelector(".cancel")).click();
        browser.switchTo().alert().accept();
        wait.until(d -> "cancelled".equals(card(later).getAttribute("data-status")));
        assertThat(card(later).findElements(By.cssSelector(".cancel"))).isEmpty();
        assertThat(card(later).findElement(By.cssSelector(".meta")).getText()).isEqualTo("Spring tea · cancelled");
    }

    private String schedule(String name, String region, LocalDateTime sendAt, Wait<WebDriver> wait) {
        WebElement nameInput = browser.findElement(By.id("name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        WebElement brief = browser.findElement(By.id("brief"));
        brief.clear();
        brief.sendKeys("{name}，冬茶到了。");
        WebElement regions = browser.findElement(By.id("regions"));
        regions.clear();
        regions.sendKeys(region);
        Chromium.set(browser, browser.findElement(By.id("send-at")), sendAt.toString());
        Chromium.set(browser, browser.findElement(By.id("zone")), "Asia/Shanghai");
        Chromium.set(browser, browser.findElement(By.id("quiet-from")), "00:00");
        Chromium.set(browser, browser.findElement(By.id("quiet-to")), "00:00");
        browser.findElement(By.cssSelector("#campaign-form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Scheduled “" + name + "”"));
        String status = browser.findElement(By.id("status")).getText();
        return status.substring(status.lastIndexOf('(') + 1, status.lastIndexOf(')'));
    }

    private WebElement card(String id) {
        return browser.findElement(By.cssSelector("#campaigns [data-id='" + id + "']"));
    }

    private String stat(String id, String name) {
        return card(id).findElement(By.cssSelector(".stat-" + name)).getText();
    }

    /**
     * The admin edits an FAQ from the page's list and asks it as a customer would: the answer is the
     * new one; then deletes it.
     */
    @Test
    void aSupportAdminEditsAnFaqAndTheNextAnswerUsesIt() {
        String faq = "faq-console-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = stack.mintToken("support-" + UUID.randomUUID(), List.of("support-admins"));
        String question = "Do you accept seashells as payment?";
        assertThat(http.send(http.request("/v1/kb/faq/" + faq)
                                .header("Authorization", "Bearer " + admin)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + question
                                        + "\",\"answer\":\"Only on Tuesdays.\",\"locale\":\"en\"}")))
                        .statusCode())
                .isEqualTo(200);
        browser = Chromium.start("en-GB,en", 1200, 1500);
        Wait<WebDriver> wait = patiently();
        browser.get(stack.baseUri().resolve("/support.html").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Signed in as support-ada"));

        By listed = By.cssSelector("#faqs [data-id='" + faq + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(listed))
                .findElement(By.cssSelector(".edit"))
                .click();
        assertThat(browser.findElement(By.id("faq-question")).getAttribute("value"))
                .isEqualTo(question);
        assertThat(new Select(browser.findElement(By.id("faq-locale")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("en");
        WebElement answer = browser.findElement(By.id("faq-answer"));
        answer.clear();
        answer.sendKeys("Yes, every day of the week, and sand dollars too.");
        browser.findElement(By.cssSelector("#faq-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Saved FAQ " + faq));

        browser.findElement(By.id("try-question")).sendKeys(question);
        WebElement ask = browser.findElement(By.cssSelector("#try-form button[type=submit]"));
        // The chat function reloads its index in the background once it is a second old: ask again
        // after each answer until one comes from the reloaded index.
        String[] lastTurn = {"none"};
        wait.until(d -> {
            String turn = d.findElement(By.id("try-answer")).getAttribute("data-turn");
            if (d.findElement(By.id("try-reply")).getText().contains("every day of the week")) {
                return true;
            }
            if (!String.valueOf(turn).equals(lastTurn[0])) {
                lastTurn[0] = String.valueOf(turn);
                ask.click();
            }
            return false;
        });
        assertThat(browser.findElement(By.id("try-citations")).getText()).isEqualTo(faq);
        assertThat(browser.findElement(By.id("try-source")).getText()).startsWith("an FAQ, word for word");
        assertThat(browser.findElement(By.id("try-reply")).getText()).doesNotContain("Tuesdays");
        Chromium.screenshot(browser, "consoles-support.png");

        browser.findElement(listed).findElement(By.cssSelector(".delete")).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Deleted FAQ " + faq));
        assertThat(browser.findElements(listed)).isEmpty();
        assertThat(Http.json(http.send(http.get("/v1/kb/faq", admin)))
                        .path("faqs")
                        .findValuesAsText("id"))
                .doesNotContain(faq);

        // The language chosen on one console holds on the others: the handoff queue, in Chinese.
        String customer = stack.mintToken("handoff-" + UUID.randomUUID(), List.of());
        String sessionId = Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"转人工，我想和真人聊聊\"}", customer)))
                .path("sessionId")
                .asText();
        browser.findElement(By.cssSelector("[data-lang=zh]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("faq-heading"), "常见问题"));
        browser.get(stack.baseUri().resolve("/handoffs.html").toString());
        WebElement handoff = wait.until(d -> d.findElements(By.cssSelector("#handoffs .handoff")).stream()
                .filter(e -> e.getText().contains(sessionId))
                .findFirst()
                .orElse(null));
        assertThat(handoff.getText()).contains("客户要求 · ").contains("客户: 转人工，我想和真人聊聊");
        assertThat(handoff.findElement(By.cssSelector(".close button")).getText())
                .isEqualTo("关闭");
        Chromium.screenshot(browser, "consoles-handoffs.png");
    }

    /** Waits on the page, which re-renders a campaign's card each time it reads it again. */
    private Wait<WebDriver> patiently() {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
    }

    private void fire(String schedule) {
        assertThat(http.send(http.request("/local/schedules/" + schedule + "/run")
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(200);
    }

    private JsonNode settings(String token) {
        return Http.json(http.send(http.get("/v1/settings", token)));
    }
}
