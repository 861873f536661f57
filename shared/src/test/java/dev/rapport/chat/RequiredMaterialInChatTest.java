package dev.rapport.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.actions.ActionDesk;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.memory.BirthdayAudience;
import dev.rapport.memory.MemoryCurator;
import dev.rapport.memory.RuleBasedExtractor;
import dev.rapport.memory.TurnRecorded;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.settings.SettingsService;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.DynamoDbTurnLedger;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "I only wear cotton", said in one session, keeps fabric items without cotton out of a later answer. */
class RequiredMaterialInChatTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller ann = new Caller("ann-" + UUID.randomUUID(), Set.of());
    private ChatService chat;
    private SessionHistory history;
    private MemoryCurator curator;

    @BeforeEach
    void setUp() {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        String memoryTable = dynamo.createMemoryTable();
        DemoShop shop = DemoShop.create(dynamo);
        DemoShop.FABRIC_JACKETS.forEach(shop.catalog()::put);
        DynamoDbConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(), tables.conversations(), tables.idempotency(), memoryTable);
        chat = ChatService.builder()
                .store(store)
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .tools(new ToolRunner(Toolbox.of(shop.catalog(), shop.orders()), new ActionDesk(shop.orders())))
                .build();
        history = new SessionHistory(store, 200);
        DynamoDbSettingsStore settings = new DynamoDbSettingsStore(dynamo.enhanced(), memoryTable, Clock.systemUTC());
        new SettingsService(settings, new DynamoDbProfileData(dynamo.client(), List.of()), owner -> {})
                .update(ann, new SettingsUpdate(true, false, null, null, null, null));
        curator = new MemoryCurator(
                new RuleBasedExtractor(),
                new DynamoDbMemoryStore(dynamo.client(), memoryTable, Clock.systemUTC()),
                settings,
                new DynamoDbTurnLedger(dynamo.enhanced(), tables.conversations()),
                200,
                BirthdayAudience.NONE);
    }

    private void tell(String message) {
        ChatReply reply = chat.chat(ann, new ChatCommand(message, null, null, null, null));
        Turn turn = history.turns(ann, reply.sessionId(), null).getLast();
        curator.curate(new TurnRecorded(
                Owner.of(ann, null), reply.sessionId(), turn.seq(), turn.turnId(), turn.at(), turn.message()));
    }

    @Test
    void aLaterAnswerLeavesOutFabricItemsWithoutCottonAndSaysWhy() {
        String before = chat.chat(ann, new ChatCommand("Do you have any jackets?", null, null, null, null))
                .reply();
        tell("I only wear cotton");

        ChatReply after = chat.chat(ann, new ChatCommand("Do you have any jackets?", null, null, null, null));

        assertThat(before).contains("Zip fleece jacket");
        assertThat(after.reply())
                .contains("Classic denim jacket")
                .doesNotContain("Zip fleece jacket")
                .contains("isn't cotton");
        assertThat(after.memoriesUsed()).isNotEmpty();
    }
}
