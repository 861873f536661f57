package dev.rapport.storage.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rapport.campaigns.Audience;
import dev.rapport.campaigns.Campaign;
import dev.rapport.campaigns.CampaignStatus;
import dev.rapport.campaigns.QuietHours;
import dev.rapport.campaigns.Segment;
import dev.rapport.json.Json;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Campaign and audience items as attribute maps. A campaign's outcome counters, which the workers
 * bump with atomic ADDs, live on {@link #STATS} shard items beside it ({@code STATS#0} … {@code #15}
 * in its partition; campaigns sent before sharding also hold counts on the campaign item itself).
 */
final class CampaignItems {

    static final String META = "META";
    static final String DUE_KEY = "DUE";
    static final String AUDIENCE_SK = "AUDIENCE";
    /** Only audience items carry it: the sparse {@code audience} index holds them and nothing else. */
    static final String AUDIENCE_SHARD = "audienceShard";

    static final String AUDIENCE_INDEX = "audience";
    /** Spreads the index over partitions, so a large audience is read (and written) in parallel-safe slices. */
    static final int AUDIENCE_SHARDS = 8;
    /**
     * A campaign's counter shards: hundreds of sends a second from several workers would otherwise
     * all meet on one item. A constant, as every shard ever written must be read; they name no customer.
     */
    static final CounterShards STATS = new CounterShards("sk", Pattern.compile("(STATS)#\\d+"), 16);

    private static final String STATS_BASE = "STATS";

    private CampaignItems() {}

    static String pk(String campaignId) {
        return "CAMPAIGN#" + campaignId;
    }

    static Map<String, AttributeValue> key(String campaignId) {
        return Map.of("pk", s(pk(campaignId)), "sk", s(META));
    }

    /** A random one of the campaign's counter shards. */
    static Map<String, AttributeValue> statsKey(String campaignId) {
        return Map.of("pk", s(pk(campaignId)), "sk", s(STATS.random(STATS_BASE)));
    }

    /**
     * The sort keys from the campaign item to its last counter shard: one Query reads the item and every
     * shard, and no outcome item ({@code TO#…}, sorted after them).
     */
    static Map<String, AttributeValue> countsRange() {
        return Map.of(":first", s(META), ":last", s(STATS_BASE + "#~"));
    }

    static Map<String, AttributeValue> item(Campaign c) {
        Map<String, AttributeValue> item = new HashMap<>(key(c.id()));
        item.put("id", s(c.id()));
        item.put("owner", s(c.owner()));
        item.put("name", s(c.name()));
        item.put("segment", s(json(c.segment())));
        item.put("brief", s(c.brief()));
        item.put("localStart", s(c.localStart().toString()));
        item.put("zone", s(c.zone()));
        item.put("startAt", s(c.startAt().toString()));
        item.put("quietStart", s(c.quietHours().start().toString()));
        item.put("quietEnd", s(c.quietHours().end().toString()));
        item.put("frequencyCap", AttributeValue.fromN(Integer.toString(c.frequencyCap())));
        item.put("channel", s(c.channel()));
        item.put("status", s(c.status().wire()));
        item.put("createdAt", s(c.createdAt().toString()));
        if (c.status() == CampaignStatus.SCHEDULED) {
            item.put("dueKey", s(DUE_KEY));
            item.put("dueAt", s(DynamoDbReminderStore.DUE_TIME.format(c.startAt())));
        }
        return item;
    }

    static Campaign campaign(Map<String, AttributeValue> item) {
        try {
            return new Campaign(
                    item.get("id").s(),
                    item.get("owner").s(),
                    item.get("name").s(),
                    Json.MAPPER.readValue(item.get("segment").s(), Segment.class),
                    item.get("brief").s(),
                    LocalDateTime.parse(item.get("localStart").s()),
                    item.get("zone").s(),
                    Instant.parse(item.get("startAt").s()),
                    new QuietHours(
                            LocalTime.parse(item.get("quietStart").s()),
                            LocalTime.parse(item.get("quietEnd").s())),
                    Integer.parseInt(item.get("frequencyCap").n()),
                    item.get("channel").s(),
                    CampaignStatus.valueOf(item.get("status").s().toUpperCase(Locale.ROOT)),
                    Instant.parse(item.get("createdAt").s()),
                    item.containsKey("cancelledBy") ? item.get("cancelledBy").s() : null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored segment is not readable", e);
        }
    }

    static Map<String, AttributeValue> audienceItem(Audience a) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(DynamoDbSettingsStore.partitionKey(a.customerHash())));
        item.put("sk", s(AUDIENCE_SK));
        item.put("customer", s(a.customerHash()));
        item.put(AUDIENCE_SHARD, s(audienceShardOf(a.customerHash())));
        if (a.region() != null) {
            item.put("region", s(a.region()));
        }
        if (a.locale() != null) {
            item.put("locale", s(a.locale()));
        }
        item.put(
                "tags",
                AttributeValue.fromL(a.tags().stream().map(CampaignItems::s).toList()));
        if (a.lastPurchaseAt() != null) {
            item.put("lastPurchaseAt", s(a.lastPurchaseAt().toString()));
        }
        if (a.birthMonth() != null) {
            item.put("birthMonth", AttributeValue.fromN(a.birthMonth().toString()));
        }
        if (a.birthDay() != null) {
            item.put("birthDay", AttributeValue.fromN(a.birthDay().toString()));
        }
        return item;
    }

    /** The index shard a customer's audience item lives in. */
    static String audienceShardOf(String customerHash) {
        return audienceShard(Math.floorMod(customerHash.hashCode(), AUDIENCE_SHARDS));
    }

    static String audienceShard(int shard) {
        return AUDIENCE_SK + "#" + shard;
    }

    static Audience audience(Map<String, AttributeValue> item) {
        List<String> tags = item.containsKey("tags")
                ? item.get("tags").l().stream().map(AttributeValue::s).toList()
                : List.of();
        return new Audience(
                item.get("customer").s(),
                text(item, "region"),
                text(item, "locale"),
                tags,
                item.containsKey("lastPurchaseAt")
                        ? Instant.parse(item.get("lastPurchaseAt").s())
                        : null,
                item.containsKey("birthMonth")
                        ? Integer.valueOf(item.get("birthMonth").n())
                        : null,
                item.containsKey("birthDay")
                        ? Integer.valueOf(item.get("birthDay").n())
                        : null);
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("segment could not be written", e);
        }
    }
}
