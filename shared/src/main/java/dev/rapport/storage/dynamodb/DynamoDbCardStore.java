package dev.rapport.storage.dynamodb;

import dev.rapport.campaigns.BirthdayCard;
import dev.rapport.campaigns.CardStore;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads a customer's birthday cards where the campaign worker wrote them ({@link CardItems}). */
public final class DynamoDbCardStore implements CardStore {

    private final DynamoDbClient client;
    private final String reminders;

    public DynamoDbCardStore(DynamoDbClient client, String remindersTable) {
        this.client = client;
        this.reminders = remindersTable;
    }

    @Override
    public Optional<BirthdayCard> find(String customerHash, String id) {
        Map<String, AttributeValue> item = client.getItem(
                        b -> b.tableName(reminders).key(CardItems.key(customerHash, id)))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(CardItems.card(id, item));
    }
}
