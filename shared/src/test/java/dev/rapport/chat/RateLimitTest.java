package dev.rapport.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.identity.Caller;
import dev.rapport.problem.ProblemException;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.testing.TestDynamoDb.RequestCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The per-customer limit on chat turns, against the embedded DynamoDB, as a customer flooding the chat meets it. */
class RateLimitTest {

    private static final int LIMIT = 3;
    private static final Instant START = Instant.parse("2026-11-30T10:00:15Z");

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RecordingModel model = new RecordingModel();
    private final RequestCounter roundTrips = new RequestCounter();
    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());
    private TestDynamoDb.ConversationTables tables;
    private ChatService chat;

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        ConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(roundTrips), tables.conversations(), tables.idempotency());
        ChatSettings settings = new ChatSettings(
                new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, LIMIT, "");
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        chat = ChatService.builder()
                .store(store)
                .model(model)
                .settings(settings)
                .clock(clock)
                .build();
    }

    private static ChatCommand say(String message, String idempotencyKey) {
        return new ChatCommand(message, null, null, "en", idempotencyKey);
    }

    @Test
    void aTurnOverTheLimitIs429WithRetryAfterAndAsksTheModelNothing() {
        for (int i = 0; i < LIMIT; i++) {
            chat.chat(alice, say("question " + i, null));
        }

        assertThatThrownBy(() -> chat.chat(alice, say("one too many", null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(429);
                    assertThat(e.problem().detail()).contains("the limit is 3 per minute");
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(45));
                });
        assertThat(model.requests()).hasSize(LIMIT);
        assertThat(turnsStored()).isEqualTo(LIMIT);
    }

    @Test
    void oneCustomersFloodDoesNotLimitAnother() {
        for (int i = 0; i < LIMIT; i++) {
            chat.chat(alice, say("question " + i, null));
        }

        assertThat(chat.chat(bob, say("hello", null)).reply()).isNotBlank();
    }

    @Test
    void theNextMinuteOpensANewWindow() {
        for (int i = 0; i < LIMIT; i++) {
            chat.chat(alice, say("question " + i, null));
        }
        now.set(START.plusSeconds(45));

        assertThat(chat.chat(alice, say("a minute later", null)).reply()).isNotBlank();
    }

    @Test
    void aRetryOfAnAnsweredTurnIsStillAnsweredWhenTheWindowIsFull() {
        ChatReply first = chat.chat(alice, say("question 0", "key-0"));
        for (int i = 1; i < LIMIT; i++) {
            chat.chat(alice, say("question " + i, null));
        }

        assertThat(chat.chat(alice, say("question 0", "key-0")).turnId()).isEqualTo(first.turnId());
    }

    @Test
    void theCountRidesOnTheTurnsOwnTwoRoundTrips() {
        chat.chat(alice, say("hello", null));
        roundTrips.reset();

        chat.chat(alice, say("hello again", null));

        assertThat(roundTrips.count()).isEqualTo(2);
    }

    @Test
    void parallelTurnsCannotOvershootTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String message = "parallel " + i;
            requests.add(() -> {
                try {
                    chat.chat(alice, say(message, null));
                    return 200;
                } catch (ProblemException e) {
                    return e.problem().status();
                }
            });
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(requests)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(LIMIT);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(10 - LIMIT);
        assertThat(turnsStored()).isEqualTo(LIMIT);
    }

    private int turnsStored() {
        try (DynamoDbClient client = dynamo.client()) {
            return (int) client.scan(b -> b.tableName(tables.conversations())).items().stream()
                    .filter(item -> item.get("sk").s().startsWith("TURN#"))
                    .count();
        }
    }
}
