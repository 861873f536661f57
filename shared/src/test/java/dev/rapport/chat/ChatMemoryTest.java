package dev.rapport.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.memory.BirthdayAudience;
import dev.rapport.memory.MemoryCurator;
import dev.rapport.memory.MemoryService;
import dev.rapport.memory.RuleBasedExtractor;
import dev.rapport.memory.TurnRecorded;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.Profiles;
import dev.rapport.settings.SettingsService;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbPersonalData;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.DynamoDbTurnLedger;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.testing.TestDynamoDb.RequestCounter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Memories learned in one session answer in the next, within the turn's two round trips, under consent. */
class ChatMemoryTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RequestCounter roundTrips = new RequestCounter();
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());
    private ChatService chat;
    private SessionHistory history;
    private MemoryCurator curator;
    private SettingsService settings;
    private DynamoDbMemoryStore memories;

    @BeforeEach
    void setUp() {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        String memory = dynamo.createMemoryTable();
        DynamoDbConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(roundTrips), tables.conversations(), tables.idempotency(), memory);
        chat = ChatService.builder()
                .store(store)
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .build();
        history = new SessionHistory(store, 200);
        DynamoDbSettingsStore settingsStore = new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC());
        settings = new SettingsService(
                settingsStore,
                new DynamoDbProfileData(
                        dynamo.client(),
                        List.of(new DynamoDbPersonalData.Table("memory", memory, List.of("pk", "sk")))),
                new MemoryService(
                        new DynamoDbMemoryStore(dynamo.client(), memory, Clock.systemUTC()),
                        new Profiles(settingsStore),
                        new PiiRedactor(),
                        200,
                        BirthdayAudience.NONE)::dropSensitive);
        memories = new DynamoDbMemoryStore(dynamo.client(), memory, Clock.systemUTC());
        curator = new MemoryCurator(
                new RuleBasedExtractor(),
                memories,
                settingsStore,
                new DynamoDbTurnLedger(dynamo.enhanced(roundTrips), tables.conversations()),
                200,
                BirthdayAudience.NONE);
    }

    @Test
    void whatACustomerToldUsInOneSessionShapesTheAdviceInTheNext() {
        tell(alice, null, "I'm vegetarian and wear size M");
        roundTrips.reset();

        ChatReply advice =
                chat.chat(alice, new ChatCommand("Can you recommend a jacket for me?", null, null, "en", null));

        assertThat(advice.reply()).contains("is vegetarian").contains("wears size M");
        assertThat(advice.memoriesUsed())
                .extracting(ChatReply.MemoryUse::statement)
                .containsExactlyInAnyOrder("is vegetarian", "wears size M");
        assertThat(roundTrips.count()).isEqualTo(2);
    }

    @Test
    void anyWordingOfAskingForAdviceUsesThem() {
        tell(alice, null, "I wear size M");

        for (String ask : java.util.List.of(
                "Any recommendation for shoes?", "What would you suggest?", "Suggestions for a gift?")) {
            assertThat(chat.chat(alice, new ChatCommand(ask, null, null, "en", null))
                            .reply())
                    .as(ask)
                    .contains("wears size M");
        }
    }

    @Test
    void chineseMemoriesWorkTheSameWay() {
        tell(alice, null, "我吃素，平时穿L码");

        ChatReply advice = chat.chat(alice, new ChatCommand("给我推荐一件外套吧", null, null, "zh-CN", null));

        assertThat(advice.reply()).contains("吃素").contains("穿L码");
    }

    @Test
    void memoryOffMeansNothingIsUsedOrLearned() {
        tell(alice, null, "I'm vegetarian");
        settings.update(alice, new SettingsUpdate(false, null, null, null, null, null));
        tell(alice, null, "I wear size M");

        ChatReply advice = chat.chat(alice, new ChatCommand("Can you recommend something?", null, null, "en", null));

        assertThat(advice.memoriesUsed()).isEmpty();
        assertThat(advice.reply()).doesNotContain("vegetarian").doesNotContain("size M");
    }

    @Test
    void anotherCustomerAndAnotherProfileNeverSeeThem() {
        tell(alice, null, "I'm vegetarian and wear size M");

        ChatReply bobs = chat.chat(bob, new ChatCommand("Can you recommend a jacket?", null, null, "en", null));
        settings.update(
                alice,
                new SettingsUpdate(
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new CustomerSettings.Profile("default", "Me"),
                                new CustomerSettings.Profile("mum", "Mum"))));
        ChatReply mums = chat.chat(alice, new ChatCommand("Can you recommend a jacket?", null, "mum", "en", null));

        assertThat(bobs.memoriesUsed()).isEmpty();
        assertThat(mums.memoriesUsed()).isEmpty();
        assertThat(bobs.reply() + mums.reply()).doesNotContain("vegetarian").doesNotContain("size M");
    }

    @Test
    void whatIsLearnedCarriesNoRawPersonalData() {
        settings.update(alice, new SettingsUpdate(null, true, null, null, null, null));
        tell(alice, null, "我对坚果过敏，电话13812345678，邮箱 alice@example.com");
        tell(alice, null, "I strictly avoid pork, call me on +44 7700 900123");

        List<dev.rapport.memory.Memory> learned = memories.load(dev.rapport.identity.Owner.of(alice, null))
                .orElseThrow()
                .book()
                .current();

        assertThat(learned).extracting(m -> m.object()).contains("坚果", "pork");
        assertThat(learned)
                .allSatisfy(m -> assertThat(
                                m.statement() + m.object() + m.provenance().quote())
                        .doesNotContain("13812345678")
                        .doesNotContain("alice@example.com")
                        .doesNotContain("7700 900123"));
    }

    /** One turn, then the curator runs on it as the stream would deliver it. */
    private void tell(Caller caller, String profile, String message) {
        ChatReply reply = chat.chat(caller, new ChatCommand(message, null, profile, "en", null));
        Turn turn = history.turns(caller, reply.sessionId(), profile).getLast();
        curator.curate(new TurnRecorded(
                Owner.of(caller, profile), reply.sessionId(), turn.seq(), turn.turnId(), turn.at(), turn.message()));
    }
}
