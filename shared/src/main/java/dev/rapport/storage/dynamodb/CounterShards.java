package dev.rapport.storage.dynamodb;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A counter written across {@code count} items whose key {@code attribute} is {@code <base>#<n>}:
 * DynamoDB cancels transactions that meet on one item, so a hot counter is split and each write
 * picks a shard at random, and a retry after a conflict picks again. Counts only add up, so any
 * shard is as good as another; readers sum every shard.
 *
 * @param key matches a shard's key value, its first group the base
 */
record CounterShards(String attribute, Pattern key, int count) {

    String shard(String base, int shard) {
        return base + "#" + shard;
    }

    String random(String base) {
        return shard(base, ThreadLocalRandom.current().nextInt(count));
    }

    /** The same write on another random shard when it is an update of one of these shards; anything else as is. */
    TransactWriteItem reshard(TransactWriteItem item) {
        Update update = item.update();
        AttributeValue value = update == null ? null : update.key().get(attribute);
        Matcher shard = value == null || value.s() == null ? null : key.matcher(value.s());
        if (shard == null || !shard.matches()) {
            return item;
        }
        Map<String, AttributeValue> moved = new HashMap<>(update.key());
        moved.put(attribute, AttributeValue.fromS(random(shard.group(1))));
        return item.toBuilder().update(update.toBuilder().key(moved).build()).build();
    }
}
