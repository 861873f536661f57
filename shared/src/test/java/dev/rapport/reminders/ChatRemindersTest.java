package dev.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.model.Content;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.Role;
import dev.rapport.model.StopReason;
import dev.rapport.model.Usage;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.MutableClock;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.testing.TestDynamoDb.RequestCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminders asked for in chat: written in the turn's own transaction, confirmed in the reply. */
class ChatRemindersTest {

    private static final ChatSettings SETTINGS =
            new ChatSettings(new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, "");

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RequestCounter roundTrips = new RequestCounter();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:20Z")); // 10:00:20 in Shanghai
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private DynamoDbConversationStore conversations;
    private DynamoDbReminderStore reminders;
    private ChatReminders chatReminders;

    @BeforeEach
    void setUp() {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        String memory = dynamo.createMemoryTable();
        String reminderTable = dynamo.createRemindersTable();
        DueSlots slots = new DueSlots(4);
        conversations = new DynamoDbConversationStore(
                dynamo.enhanced(roundTrips),
                tables.conversations(),
                tables.idempotency(),
                memory,
                reminderTable,
                slots);
        reminders = new DynamoDbReminderStore(dynamo.client(), reminderTable, slots);
        new DynamoDbSettingsStore(dynamo.enhanced(), memory, clock)
                .save(
                        Owner.of(alice, null).customerHash(),
                        new CustomerSettings(
                                true, false, false, "Asia/Shanghai", "zh-CN", CustomerSettings.DEFAULTS.profiles()));
        chatReminders = new ChatReminders(new ReminderPlanner(
                new PiiRedactor(), clock, () -> UUID.randomUUID().toString()));
    }

    private ChatService chat(ConversationModel model) {
        return ChatService.builder()
                .store(conversations)
                .model(model)
                .settings(SETTINGS)
                .clock(clock)
                .reminders(chatReminders)
                .build();
    }

    @Test
    void aDailyMedicationReminderIsSetInTheTurnsTwoRoundTripsWithoutAskingTheModel() {
        RecordingModel model = new RecordingModel();
        roundTrips.reset();

        ChatReply reply = chat(model).chat(alice, new ChatCommand("每天早上8点提醒我吃药", null, null, null, null));

        assertThat(roundTrips.count()).isEqualTo(2);
        assertThat(model.requests()).isEmpty();
        assertThat(reply.reply()).isEqualTo("好的，已设置提醒：每天 08:00提醒您「吃药」。");
        assertThat(reply.actions()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("reminder");
            assertThat(a.status()).isEqualTo("created");
        });
        assertThat(reminders.list(Owner.of(alice, null))).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(reply.actions().get(0).id());
            assertThat(r.rule()).isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0");
            assertThat(r.zone()).isEqualTo("Asia/Shanghai");
            assertThat(r.nextAt()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
        });
    }

    @Test
    void aRetriedRequestSetsTheReminderOnce() {
        ChatService chat = chat(new RecordingModel());
        ChatCommand ask = new ChatCommand("remind me in two minutes to check the oven", null, null, null, "key-1");

        ChatReply first = chat.chat(alice, ask);
        ChatReply retry = chat.chat(alice, ask);

        assertThat(retry).isEqualTo(first);
        assertThat(reminders.list(Owner.of(alice, null)))
                .singleElement()
                .satisfies(r -> assertThat(r.nextAt()).isEqualTo(Instant.parse("2026-12-01T02:02:20Z")));
    }

    @Test
    void aTimeThatHasPassedIsSaidSoAndNothingIsSet() {
        ChatReply reply =
                chat(new RecordingModel()).chat(alice, new ChatCommand("今天早上8点提醒我开会", null, null, null, null));

        assertThat(reply.reply()).contains("已经过去");
        assertThat(reply.actions()).isEmpty();
        assertThat(reminders.list(Owner.of(alice, null))).isEmpty();
    }

    @Test
    void otherMessagesGoToTheModelWithTheReminderToolOffered() {
        RecordingModel model = new RecordingModel();

        ChatReply reply = chat(model).chat(alice, new ChatCommand("Where is my parcel?", null, null, "en", null));

        assertThat(model.last().tools()).extracting(t -> t.name()).containsExactly(ReminderTool.NAME);
        assertThat(reply.actions()).isEmpty();
        assertThat(reminders.list(Owner.of(alice, null))).isEmpty();
    }

    @Test
    void aModelsCreateReminderCallIsPlannedWithTheSameRulesAndConfirmed() {
        List<ModelRequest> seen = new CopyOnWriteArrayList<>();
        ConversationModel model = new ConversationModel() {
            @Override
            public ModelReply converse(ModelRequest request) {
                seen.add(request);
                return new ModelReply(
                        new Message(
                                Role.ASSISTANT,
                                List.of(
                                        new Content.Text("Sure."),
                                        new Content.ToolUse(
                                                "t1",
                                                ReminderTool.NAME,
                                                "{\"text\":\"renew my passport\",\"at\":\"2026-12-20T09:00\"}"))),
                        StopReason.TOOL_USE,
                        new Usage(10, 5));
            }

            @Override
            public String name() {
                return "tool-calling";
            }
        };

        ChatReply reply = chat(model)
                .chat(
                        alice,
                        new ChatCommand(
                                "Could you make sure I don't forget my passport " + "renewal on the 20th?",
                                null,
                                null,
                                "en",
                                null));

        assertThat(seen).hasSize(1);
        assertThat(reply.reply())
                .startsWith("Sure.")
                .contains("I'll remind you to renew my passport on Sun 20 Dec at 09:00");
        assertThat(reminders.list(Owner.of(alice, null)))
                .singleElement()
                .satisfies(r -> assertThat(r.nextAt()).isEqualTo(Instant.parse("2026-12-20T01:00:00Z")));
    }
}
