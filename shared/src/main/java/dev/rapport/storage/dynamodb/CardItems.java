package dev.rapport.storage.dynamodb;

import static dev.rapport.storage.dynamodb.CampaignItems.s;

import dev.rapport.campaigns.BirthdayCard;
import dev.rapport.identity.Owner;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Birthday cards in the reminders table, in the account holder's partition beside their inbox
 * ({@code CARD#birthday-2026}): the key is the customer and the year, and the card expires with
 * the inbox message that links to it. {@code customer} puts it in export and erasure.
 */
final class CardItems {

    private static final String SORT_PREFIX = "CARD#";

    private CardItems() {}

    static Map<String, AttributeValue> key(String customerHash, String id) {
        return Map.of("pk", s(new Owner(customerHash, Owner.DEFAULT_PROFILE).key()), "sk", s(SORT_PREFIX + id));
    }

    static Map<String, AttributeValue> item(String customerHash, BirthdayCard card, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(key(customerHash, card.id()));
        item.put("customer", s(customerHash));
        item.put("text", s(card.text()));
        item.put("language", s(card.chinese() ? "zh" : "en"));
        if (card.sku() != null) {
            item.put("sku", s(card.sku()));
            item.put("product", s(card.product()));
        }
        item.put("createdAt", s(at.toString()));
        item.put(
                "expiresAt",
                AttributeValue.fromN(Long.toString(
                        at.plus(DynamoDbReminderStore.INBOX_RETENTION).getEpochSecond())));
        return item;
    }

    static BirthdayCard card(String id, Map<String, AttributeValue> item) {
        return new BirthdayCard(
                id,
                item.get("text").s(),
                item.containsKey("sku") ? item.get("sku").s() : null,
                item.containsKey("product") ? item.get("product").s() : null,
                "zh".equals(item.get("language").s()));
    }
}
