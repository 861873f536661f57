package dev.rapport.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.catalog.Product;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.reminders.DueSlots;
import dev.rapport.reminders.InboxMessage;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbBirthdayAudience;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.storage.dynamodb.DynamoDbCardStore;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.CuratedChat;
import dev.rapport.testing.TestDynamoDb;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Birthday cards from chat to inbox on the embedded DynamoDB, through the real curator, starter and
 * worker with the offline engine: a birthday and a liking told in chat make one card on the day,
 * however often the schedule fires; its suggestion keeps every constraint; no consent, no card.
 */
class BirthdayCardsTest {

    /** 10:00 in Shanghai on 12 March 2027. */
    private static final Instant ON_THE_DAY = Instant.parse("2027-03-12T02:00:00Z");

    private static final Product GREEN_PHONE = product(
            "PH-AURORA-LITE5", "极光 Lite 5 手机", "Aurora Lite 5 phone", "phone", List.of("green", "white"), Map.of());
    private static final Product DOWN_JACKET = product(
            "JK-DOWN-LIGHT",
            "轻羽绒夹克",
            "Light down jacket",
            "jacket",
            List.of("black", "green"),
            Map.of("fill", "90% duck down"));
    private static final Product LEATHER_SHOES =
            product("SH-CITY-WALK", "城市休闲鞋", "City walk shoes", "shoes", List.of("white"), Map.of("upper", "leather"));
    private static final Product RUNNING_SHOES =
            product("SH-RUN-CLOUD", "云跑鞋", "Cloud running shoes", "shoes", List.of("white", "black"), Map.of());

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final List<CampaignQueue.RecipientBatch> queued = new ArrayList<>();
    private CuratedChat chat;
    private DynamoDbSettingsStore settings;
    private DynamoDbReminderStore inbox;
    private CampaignStarter starter;
    private CampaignWorker worker;
    private CardService cards;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.systemUTC();
        String memory = dynamo.createMemoryTable();
        String reminders = dynamo.createRemindersTable();
        settings = new DynamoDbSettingsStore(dynamo.enhanced(), memory, clock);
        DynamoDbMemoryStore books = new DynamoDbMemoryStore(dynamo.client(), memory, clock);
        chat = CuratedChat.on(dynamo, memory, new DynamoDbBirthdayAudience(dynamo.client(), memory, clock));
        DynamoDbCatalog catalog =
                new DynamoDbCatalog(dynamo.enhanced(), dynamo.createProductsTable(), Duration.ZERO, clock);
        List.of(GREEN_PHONE, DOWN_JACKET, LEATHER_SHOES, RUNNING_SHOES).forEach(catalog::put);
        DynamoDbCampaignStore store =
                new DynamoDbCampaignStore(dynamo.client(), dynamo.createCampaignsTable(), memory, reminders);
        inbox = new DynamoDbReminderStore(dynamo.client(), reminders, new DueSlots(4));
        starter = new CampaignStarter(
                store,
                batches -> {
                    queued.addAll(batches);
                    return 1;
                },
                10,
                100,
                new BirthdayGreetings(store));
        worker = new CampaignWorker(
                store,
                new CampaignWriter(),
                new BirthdayCards(
                        books, new CardSuggestions(catalog), new CardWriter(new OfflineEngine(), new PiiRedactor())));
        cards = new CardService(new DynamoDbCardStore(dynamo.client(), reminders));
    }

    @Test
    void aChineseCustomerGetsOneCardOnTheDayWrittenFromWhatTheyToldUs() {
        Caller an = customer("an", "安", "zh-CN", true);
        tell(an, "我的生日是 3 月 12 日，我最喜欢绿色");

        sweep(ON_THE_DAY.minus(Duration.ofDays(1)));
        assertThat(messages(an)).isEmpty();
        sweep(ON_THE_DAY);
        sweep(ON_THE_DAY); // the schedule fired twice
        sweep(ON_THE_DAY.plus(Duration.ofHours(1)));

        InboxMessage message = messages(an).getFirst();
        assertThat(messages(an)).hasSize(1);
        assertThat(message.sourceId()).isEqualTo("birthday-2027");
        assertThat(message.card()).isEqualTo("/v1/cards/birthday-2027");
        assertThat(message.text()).startsWith("安，生日快乐！").contains("绿色").contains("轻羽绒夹克");
        String image = cards.image(an, "birthday-2027");
        assertThat(image).startsWith("<svg").contains("安，生日快乐！").contains("为您挑选：轻羽绒夹克");
        assertThat(image).doesNotContain("href").doesNotContain("<script");
    }

    @Test
    void anotherCustomerAskingForTheCardGetsNotFound() {
        Caller an = customer("an", "安", "zh-CN", true);
        Caller bo = customer("bo", "Bo", "en", true);
        tell(an, "我的生日是 3 月 12 日，我最喜欢绿色");
        sweep(ON_THE_DAY);

        assertThatThrownBy(() -> cards.image(bo, "birthday-2027"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThatThrownBy(() -> cards.image(an, "../birthday-2027"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(404));
    }

    @Test
    void anEnglishCustomerWhoAvoidsLeatherGetsNoLeatherSuggestion() {
        Caller ann = customer("ann", "Ann", null, true);
        Caller ben = customer("ben", "Ben", null, true);
        for (Caller who : List.of(ann, ben)) {
            tell(who, "My birthday is March 12");
            tell(who, "I like white shoes");
        }
        tell(ann, "I avoid leather");

        sweep(ON_THE_DAY.plus(Duration.ofHours(8))); // 10:00 in London, where neither gave a zone: UTC

        assertThat(messages(ann))
                .singleElement()
                .satisfies(m -> assertThat(m.text())
                        .startsWith("Happy birthday, Ann!")
                        .contains("white shoes")
                        .contains(RUNNING_SHOES.nameEn())
                        .doesNotContain(LEATHER_SHOES.nameEn()));
        // Without the avoidance the leather pair ranks first: the constraint is what kept it out.
        assertThat(messages(ben))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).contains(LEATHER_SHOES.nameEn()));
    }

    @Test
    void aCustomerWithoutMarketingConsentGetsNoCard() {
        Caller cy = customer("cy", "Cy", "zh-CN", false);
        tell(cy, "我的生日是 3 月 12 日，我最喜欢绿色");

        sweep(ON_THE_DAY);

        assertThat(messages(cy)).isEmpty();
        assertThatThrownBy(() -> cards.image(cy, "birthday-2027")).isInstanceOf(ProblemException.class);
    }

    @Test
    void noCardIsSentInTheEveningsQuietHours() {
        Caller eve = customer("eve", "Eve", "zh-CN", true);
        tell(eve, "我的生日是 3 月 12 日");

        sweep(ON_THE_DAY.plus(Duration.ofHours(11))); // 21:00 in Shanghai

        assertThat(messages(eve)).isEmpty();
    }

    @Test
    void aVeganIsSuggestedNothingOfAnimalOrigin() {
        Caller di = customer("di", "Di", "en", true);
        tell(di, "My birthday is March 12");
        tell(di, "I love green");
        tell(di, "I'm vegan");

        sweep(ON_THE_DAY.plus(Duration.ofHours(8)));

        assertThat(messages(di))
                .singleElement()
                .satisfies(m -> assertThat(m.text())
                        .contains(GREEN_PHONE.nameEn())
                        .doesNotContain(DOWN_JACKET.nameEn())
                        .doesNotContain("vegan"));
    }

    private void sweep(Instant at) {
        starter.run(at);
        for (CampaignQueue.RecipientBatch batch : List.copyOf(queued)) {
            worker.handle(batch, at);
            worker.handle(batch, at); // SQS delivered it twice
        }
        queued.clear();
    }

    private Caller customer(String subject, String name, String locale, boolean optIn) {
        Caller caller = new Caller(subject + "-" + UUID.randomUUID(), Set.of());
        settings.save(
                Owner.of(caller, null).customerHash(),
                new CustomerSettings(
                        true,
                        false,
                        optIn,
                        locale == null ? "UTC" : "Asia/Shanghai",
                        locale,
                        List.of(new CustomerSettings.Profile(Owner.DEFAULT_PROFILE, name))));
        return caller;
    }

    private void tell(Caller caller, String message) {
        chat.tell(caller, null, message);
    }

    private List<InboxMessage> messages(Caller caller) {
        return inbox.inbox(Owner.of(caller, null), 50, null).messages();
    }

    private static Product product(
            String sku, String zh, String en, String category, List<String> colours, Map<String, String> specs) {
        return new Product(sku, zh, en, category, colours, List.of(), new BigDecimal("99.00"), "CNY", specs, 10);
    }
}
