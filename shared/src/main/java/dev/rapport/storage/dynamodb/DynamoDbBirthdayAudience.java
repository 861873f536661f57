package dev.rapport.storage.dynamodb;

import static dev.rapport.storage.dynamodb.CampaignItems.s;

import dev.rapport.memory.BirthdayAudience;
import java.time.Clock;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The birthday on the customer's audience item ({@code C#<hash>} / {@code AUDIENCE} in the memory
 * table), set and removed by updates of those two attributes alone, so the region, locale, tags
 * and purchases the CRM wrote stay as they are. A share creates the item when there is none, with
 * {@code customer} for export and erasure and its index shard, under the erasure guard.
 */
public final class DynamoDbBirthdayAudience implements BirthdayAudience {

    private final DynamoDbClient client;
    private final String memory;
    private final ErasureGuard guard;

    public DynamoDbBirthdayAudience(DynamoDbClient client, String memoryTable, Clock clock) {
        this.client = client;
        this.memory = memoryTable;
        this.guard = new ErasureGuard(memoryTable, clock);
    }

    @Override
    public void share(String customerHash, MonthDay birthday) {
        TransactWriteItem update = TransactWriteItem.builder()
                .update(u -> u.tableName(memory)
                        .key(key(customerHash))
                        .updateExpression("SET customer = :c, #shard = if_not_exists(#shard, :shard), "
                                + "tags = if_not_exists(tags, :none), birthMonth = :m, birthDay = :d")
                        .expressionAttributeNames(Map.of("#shard", CampaignItems.AUDIENCE_SHARD))
                        .expressionAttributeValues(Map.of(
                                ":c", s(customerHash),
                                ":shard", s(CampaignItems.audienceShardOf(customerHash)),
                                ":none", AttributeValue.fromL(List.of()),
                                ":m", number(birthday.getMonthValue()),
                                ":d", number(birthday.getDayOfMonth()))))
                .build();
        try {
            client.transactWriteItems(b -> b.transactItems(update, guard.transactItem(customerHash)));
        } catch (TransactionCanceledException e) {
            if (ErasureGuard.tripped(e, 1)) {
                return; // the customer was just erased: nothing of theirs is written back
            }
            throw e;
        }
    }

    @Override
    public void withdraw(String customerHash, MonthDay birthday) {
        try {
            client.updateItem(b -> b.tableName(memory)
                    .key(key(customerHash))
                    .updateExpression("REMOVE birthMonth, birthDay")
                    .conditionExpression("birthMonth = :m AND birthDay = :d")
                    .expressionAttributeValues(
                            Map.of(":m", number(birthday.getMonthValue()), ":d", number(birthday.getDayOfMonth()))));
        } catch (ConditionalCheckFailedException e) {
            // Gone already, or another birthday the CRM wrote: not ours to remove.
        }
    }

    private static Map<String, AttributeValue> key(String customerHash) {
        return Map.of("pk", s(DynamoDbSettingsStore.partitionKey(customerHash)), "sk", s(CampaignItems.AUDIENCE_SK));
    }

    private static AttributeValue number(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }
}
