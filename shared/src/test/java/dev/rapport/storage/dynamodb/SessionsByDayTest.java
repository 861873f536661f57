package dev.rapport.storage.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ConversationStore;
import dev.rapport.export.StoredConversation;
import dev.rapport.identity.Caller;
import dev.rapport.testing.DynamoDbOperations;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The training export finds a day's sessions through the sparse sessionsByDay index that the chat
 * turn's own session write fills: the sessions of the days asked for, by Query, never a Scan.
 */
class SessionsByDayTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private TestDynamoDb.ConversationTables tables;

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
    }

    @Test
    void aDaysSessionsAreFoundByTheirStartDayAndNoOtherDaysAre() {
        String monday = turnOn("2026-11-23T23:59:00Z", "alice");
        String tuesday = turnOn("2026-11-24T00:00:00Z", "bob");
        String tuesdayLater = turnOn("2026-11-24T18:30:00Z", "carol");
        turnOn("2026-11-26T08:00:00Z", "dave");
        DynamoDbOperations operations = new DynamoDbOperations();
        DynamoDbConversationSource source =
                new DynamoDbConversationSource(dynamo.enhanced(operations), tables.conversations());

        List<String> found = new ArrayList<>();
        source.forEachStartedBetween(
                LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"), c -> found.add(c.sessionId()));
        List<String> onMonday = new ArrayList<>();
        source.forEachStartedBetween(
                LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23"), c -> onMonday.add(c.sessionId()));

        assertThat(found).containsExactlyInAnyOrder(tuesday, tuesdayLater);
        assertThat(onMonday).containsExactly(monday);
        assertThat(operations.sent()).isNotEmpty().containsOnly("Query");
    }

    @Test
    void theIndexCarriesWhatTheExportNeedsWithoutReadingTheSession() {
        String sessionId = turnOn("2026-11-24T09:00:00Z", "erin");

        List<StoredConversation> found = new ArrayList<>();
        new DynamoDbConversationSource(dynamo.enhanced(), tables.conversations())
                .forEachStartedBetween(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24"), found::add);

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.sessionId()).isEqualTo(sessionId);
            assertThat(c.customerHash()).isNotBlank();
            assertThat(c.exchanges()).hasSize(1);
        });
    }

    private String turnOn(String at, String who) {
        ConversationStore store =
                new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());
        ChatService chat = ChatService.builder()
                .store(store)
                .model(new RecordingModel())
                .settings(ChatSettings.defaults())
                .clock(Clock.fixed(Instant.parse(at), ZoneOffset.UTC))
                .build();
        return chat.chat(new Caller(who, Set.of()), new ChatCommand("hello", null, null, "en", null))
                .sessionId();
    }
}
