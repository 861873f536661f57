package dev.rapport.storage.dynamodb;

import static dev.rapport.storage.dynamodb.CampaignItems.s;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a walk through the sparse audience index got to: the shard being read and, within it, the
 * last item read ({@code pk} null at a shard's start). Opaque to callers; a starter keeps it in the
 * campaign item while it works through the audience.
 */
record AudienceCursor(int shard, String pk, String sk, String customer) {

    static AudienceCursor parse(String cursor) {
        if (cursor == null) {
            return new AudienceCursor(0, null, null, null);
        }
        String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
        if (!parts[0].matches("\\d")
                || Integer.parseInt(parts[0]) >= CampaignItems.AUDIENCE_SHARDS
                || parts.length != 1 && parts.length != 4) {
            // A cursor of the table scan before the index (a campaign enqueueing across that deploy):
            // start over; deliveries are keyed per customer, so nobody gets a message twice.
            return parse(null);
        }
        int shard = Integer.parseInt(parts[0]);
        return parts.length == 4
                ? new AudienceCursor(shard, parts[1], parts[2], parts[3])
                : new AudienceCursor(shard, null, null, null);
    }

    /** The cursor after a page: further in this shard, the next shard's start, or {@code null} at the end. */
    static String after(int shard, Map<String, AttributeValue> last) {
        if (last != null && !last.isEmpty()) {
            return encode(shard + "\n" + last.get("pk").s() + "\n"
                    + last.get("sk").s() + "\n" + last.get("customer").s());
        }
        return shard + 1 < CampaignItems.AUDIENCE_SHARDS ? encode(Integer.toString(shard + 1)) : null;
    }

    boolean atShardStart() {
        return pk == null;
    }

    Map<String, AttributeValue> exclusiveStartKey() {
        return Map.of(
                "pk",
                s(pk),
                "sk",
                s(sk),
                "customer",
                s(customer),
                CampaignItems.AUDIENCE_SHARD,
                s(CampaignItems.audienceShard(shard)));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
