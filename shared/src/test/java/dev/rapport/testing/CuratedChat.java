package dev.rapport.testing;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.SessionHistory;
import dev.rapport.chat.Turn;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.memory.BirthdayAudience;
import dev.rapport.memory.MemoryCurator;
import dev.rapport.memory.RuleBasedExtractor;
import dev.rapport.memory.TurnRecorded;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.DynamoDbTurnLedger;
import java.time.Clock;
import java.time.Duration;

/**
 * Chat on the offline engine with each turn curated into memory at once, as the conversations
 * table's stream would have it curated, on fresh conversation tables beside a given memory table.
 */
public record CuratedChat(ChatService chat, SessionHistory history, MemoryCurator curator) {

    public static CuratedChat on(TestDynamoDb dynamo, String memoryTable, BirthdayAudience audience) {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        DynamoDbConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(), tables.conversations(), tables.idempotency(), memoryTable);
        ChatService chat = ChatService.builder()
                .store(store)
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .build();
        return new CuratedChat(
                chat,
                new SessionHistory(store, 200),
                new MemoryCurator(
                        new RuleBasedExtractor(),
                        new DynamoDbMemoryStore(dynamo.client(), memoryTable, Clock.systemUTC()),
                        new DynamoDbSettingsStore(dynamo.enhanced(), memoryTable, Clock.systemUTC()),
                        new DynamoDbTurnLedger(dynamo.enhanced(), tables.conversations()),
                        200,
                        audience));
    }

    /** One turn of {@code profile} (null: default), curated before this returns. */
    public void tell(Caller caller, String profile, String message) {
        ChatReply reply = chat.chat(caller, new ChatCommand(message, null, profile, null, null));
        Turn turn = history.turns(caller, reply.sessionId(), profile).getLast();
        curator.curate(new TurnRecorded(
                Owner.of(caller, profile), reply.sessionId(), turn.seq(), turn.turnId(), turn.at(), turn.message()));
    }
}
