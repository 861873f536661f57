package dev.rapport.storage.dynamodb;

import dev.rapport.memory.TurnLedger;
import dev.rapport.memory.TurnRecorded;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;

/** Whether a turn is still in the conversations table: one consistent GetItem of its key. */
public final class DynamoDbTurnLedger implements TurnLedger {

    private final DynamoDbTable<TurnItem> turns;

    public DynamoDbTurnLedger(DynamoDbEnhancedClient client, String conversationsTable) {
        this.turns = client.table(Objects.requireNonNull(conversationsTable, "conversationsTable"), TurnItem.SCHEMA);
    }

    @Override
    public boolean stillHeld(TurnRecorded turn) {
        Key key = Key.builder()
                .partitionValue(ItemMapping.sessionPartition(turn.owner(), turn.sessionId()))
                .sortValue(TurnItem.sortKey(turn.seq()))
                .build();
        return turns.getItem(GetItemEnhancedRequest.builder()
                        .key(key)
                        .consistentRead(true)
                        .build())
                != null;
    }
}
