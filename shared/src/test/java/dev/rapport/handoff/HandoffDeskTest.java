package dev.rapport.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.ConversationStore;
import dev.rapport.chat.IdempotencyRecord;
import dev.rapport.chat.RateWindow;
import dev.rapport.chat.Turn;
import dev.rapport.export.StoredConversation;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.storage.dynamodb.DynamoDbConversationSource;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbHandoffQueue;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Working the queue against the embedded DynamoDB: closing, filtering, and a closed handoff letting the session hand
 * off again.
 */
class HandoffDeskTest {

    private static final Instant CLOSED_AT = Instant.parse("2026-11-30T12:00:00Z");

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private TestDynamoDb.ConversationTables tables;
    private DynamoDbConversationStore store;
    private DynamoDbHandoffQueue queue;
    private ChatService chat;
    private HandoffService desk;
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final Caller admin = new Caller("admin-" + UUID.randomUUID(), Set.of(Caller.SUPPORT_ADMINS));

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        store = new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());
        chat = chatOver(store);
        queue = new DynamoDbHandoffQueue(dynamo.enhanced(), tables.conversations());
        desk = new HandoffService(queue, new PiiRedactor(), Clock.fixed(CLOSED_AT, ZoneOffset.UTC));
    }

    private static ChatService chatOver(ConversationStore store) {
        ChatSettings settings =
                new ChatSettings(new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, "");
        return ChatService.builder()
                .store(store)
                .model(new RecordingModel())
                .settings(settings)
                .build();
    }

    private static ChatCommand say(String message, String sessionId) {
        return new ChatCommand(message, sessionId, null, null, null);
    }

    @Test
    void closingMovesAHandoffFromTheOpenListToTheClosedOneWithWhoWhenAndARedactedNote() {
        ChatReply handedOff = chat.chat(alice, say("我要投诉，转人工！", null));
        Handoff open = desk.list(admin, HandoffStatus.OPEN).getFirst();
        assertThat(open.id()).matches("\\d{20}-[A-Za-z0-9_-]{16}");
        assertThat(open.status()).isEqualTo(HandoffStatus.OPEN);

        Handoff closed = desk.close(admin, open.id(), "  Called back on 13812345678, refund issued.  ");

        assertThat(closed.id()).isEqualTo(open.id());
        assertThat(closed.sessionId()).isEqualTo(handedOff.sessionId());
        assertThat(closed.status()).isEqualTo(HandoffStatus.CLOSED);
        assertThat(closed.closure().closedAt()).isEqualTo(CLOSED_AT);
        assertThat(closed.closure().closedBy())
                .isEqualTo(Owner.of(admin, null).customerHash())
                .doesNotContain(admin.subject());
        assertThat(closed.closure().resolution()).isEqualTo("Called back on [PHONE_1], refund issued.");
        assertThat(closed.transcript()).isEqualTo(open.transcript());
        assertThat(desk.list(admin, HandoffStatus.OPEN)).isEmpty();
        assertThat(desk.list(admin, HandoffStatus.CLOSED)).containsExactly(closed);
        assertThat(handoffItems().toString()).doesNotContain("13812345678", admin.subject());
    }

    @Test
    void closingTwiceAnswersWithTheFirstCloseAndChangesNothing() {
        chat.chat(alice, say("转人工", null));
        String id = desk.list(admin, HandoffStatus.OPEN).getFirst().id();
        Handoff first = desk.close(admin, id, "done");
        List<Map<String, AttributeValue>> before = handoffItems();

        Caller otherAdmin = new Caller("admin-2", Set.of(Caller.SUPPORT_ADMINS));
        Handoff second = new HandoffService(
                        queue, new PiiRedactor(), Clock.fixed(CLOSED_AT.plusSeconds(60), ZoneOffset.UTC))
                .close(otherAdmin, id, "something else");

        assertThat(second).isEqualTo(first);
        assertThat(handoffItems()).isEqualTo(before);
    }

    @Test
    void aClosedHandoffLetsTheSessionHandOffAgainWithANewIdAndNeverTwoOpen() {
        ChatReply first = chat.chat(alice, say("转人工", null));
        String session = first.sessionId();
        ChatReply stillWaiting = chat.chat(alice, say("转人工！", session));
        assertThat(stillWaiting.source()).isEqualTo(ChatReply.FROM_HANDOFF);
        String firstId = desk.list(admin, HandoffStatus.OPEN).getFirst().id();

        desk.close(admin, firstId, null);
        ChatReply upsetAgain = chat.chat(alice, say("It broke again, talk to a person", session));
        ChatReply insisting = chat.chat(alice, say("talk to a person now", session));

        assertThat(upsetAgain.handoff()).isTrue();
        assertThat(insisting.source()).isEqualTo(ChatReply.FROM_HANDOFF);
        List<Handoff> open = desk.list(admin, HandoffStatus.OPEN);
        assertThat(open).singleElement().satisfies(h -> {
            assertThat(h.sessionId()).isEqualTo(session);
            assertThat(h.id()).isNotEqualTo(firstId);
        });
        assertThat(desk.list(admin, HandoffStatus.CLOSED))
                .extracting(Handoff::id)
                .containsExactly(firstId);
    }

    @Test
    void aTurnThatReadTheSessionBeforeTheCloseDoesNotPutTheHandoffMarkBack() {
        ChatReply first = chat.chat(alice, say("转人工", null));
        String id = desk.list(admin, HandoffStatus.OPEN).getFirst().id();
        // The close lands between this turn's read and its write.
        ChatService racing = chatOver(new CloseAfterLoad(store, () -> desk.close(admin, id, null)));

        ChatReply meanwhile = racing.chat(alice, say("Any news?", first.sessionId()));

        assertThat(meanwhile.handoff()).isFalse();
        assertThat(sessionItem()).doesNotContainKey("handedOffAt");
        assertThat(chat.chat(alice, say("转人工", first.sessionId())).handoff()).isTrue();
    }

    @Test
    void aConversationWhoseHandoffWasClosedStaysOutOfTheTrainingExport() {
        ChatReply first = chat.chat(alice, say("转人工", null));
        desk.close(admin, desk.list(admin, HandoffStatus.OPEN).getFirst().id(), null);

        List<StoredConversation> found = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        new DynamoDbConversationSource(dynamo.enhanced(), tables.conversations())
                .forEachStartedBetween(today.minusDays(1), today.plusDays(1), found::add);

        assertThat(sessionItem()).doesNotContainKey("handedOffAt");
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.sessionId()).isEqualTo(first.sessionId());
            assertThat(c.handedOff()).isTrue();
        });
    }

    @Test
    void onlySupportAdminsWorkTheQueueAndUnknownOrForeignIdsAreNotFound() {
        chat.chat(alice, say("转人工", null));
        String id = desk.list(admin, HandoffStatus.OPEN).getFirst().id();

        assertStatus(() -> desk.close(alice, id, null), 403);
        assertStatus(() -> desk.close(new Caller("m", Set.of(Caller.MARKETERS)), id, null), 403);
        assertStatus(() -> desk.list(alice, HandoffStatus.CLOSED), 403);
        assertStatus(() -> desk.close(admin, "nope", null), 404);
        assertStatus(() -> desk.close(admin, id.substring(0, 21) + "AAAAAAAAAAAAAAAA", null), 404);
        assertStatus(() -> desk.close(admin, "20261130100000000000-AAAAAAAAAAAAAAAA", null), 404);
        assertStatus(() -> desk.close(admin, "' OR 1=1 --", null), 404);
        assertStatus(() -> desk.close(admin, id, "x".repeat(HandoffService.MAX_RESOLUTION_CHARS + 1)), 400);
        assertThat(desk.list(admin, HandoffStatus.OPEN)).extracting(Handoff::id).containsExactly(id);
    }

    @Test
    void aStatusOtherThanOpenOrClosedIsABadRequestAndNoneMeansOpen() {
        assertThat(HandoffStatus.parse(null)).isEqualTo(HandoffStatus.OPEN);
        assertThat(HandoffStatus.parse("closed")).isEqualTo(HandoffStatus.CLOSED);
        for (String bad : List.of("", "OPEN", "all", "open'; DROP", "closed ")) {
            assertStatus(() -> HandoffStatus.parse(bad), 400);
        }
    }

    private static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(status));
    }

    private List<Map<String, AttributeValue>> handoffItems() {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(b -> b.tableName(tables.conversations())).items().stream()
                    .filter(item -> item.get("sk").s().startsWith("HANDOFF"))
                    .toList();
        }
    }

    private Map<String, AttributeValue> sessionItem() {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(b -> b.tableName(tables.conversations())).items().stream()
                    .filter(item -> item.get("sk").s().equals("SESSION"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The real store, with something happening right after a turn has read its session. */
    private record CloseAfterLoad(ConversationStore store, Runnable afterLoad) implements ConversationStore {

        @Override
        public Snapshot load(Owner owner, String sessionId, String idempotencyId, RateWindow window) {
            Snapshot snapshot = store.load(owner, sessionId, idempotencyId, window);
            afterLoad.run();
            return snapshot;
        }

        @Override
        public void commit(TurnCommit commit) {
            store.commit(commit);
        }

        @Override
        public Optional<IdempotencyRecord> idempotencyRecord(String id) {
            return store.idempotencyRecord(id);
        }

        @Override
        public Optional<List<Turn>> recentTurns(Owner owner, String sessionId, int limit) {
            return store.recentTurns(owner, sessionId, limit);
        }
    }
}
