package dev.rapport.dynamodb.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.dynamodb.value.Value;
import dev.rapport.dynamodb.value.ValueJson;
import dev.rapport.dynamodb.value.Values;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads one page as DynamoDB does: from after the start key, until {@code Limit} items were
 * evaluated or 1 MB was read; the filter runs after that (so it can return fewer items, or none,
 * with a {@code LastEvaluatedKey}); projection last.
 */
final class Pager {

    static final long MAX_PAGE_BYTES = 1024 * 1024;

    private final ReadOperations.Reading reading;

    Pager(ReadOperations.Reading reading) {
        this.reading = reading;
    }

    ObjectNode page(Iterator<Map.Entry<String, String>> entries, boolean forward, int segment, int total) {
        ReadOperations.Source source = reading.source();
        String after = reading.startKey() == null ? null : source.entryOf(reading.startKey());
        ObjectNode response = ItemJson.MAPPER.createObjectNode();
        ArrayNode items = reading.select().equals("COUNT") ? null : response.putArray("Items");
        int scanned = 0;
        int count = 0;
        long bytes = 0;
        Map<String, Value> last = null;
        boolean more = false;
        while (entries.hasNext()) {
            Map.Entry<String, String> entry = entries.next();
            if (after != null
                    && (forward
                            ? entry.getKey().compareTo(after) <= 0
                            : entry.getKey().compareTo(after) >= 0)) {
                continue;
            }
            if (total > 1
                    && Math.floorMod(
                                    partitionOf(source.itemKey(entry.getKey(), entry.getValue()))
                                            .hashCode(),
                                    total)
                            != segment) {
                continue;
            }
            Map<String, Value> item = source.item(entry.getValue());
            if (item == null) {
                continue;
            }
            if (source.index() != null) {
                item = source.index().project(item, source.table().definition().key());
            }
            scanned++;
            bytes += Values.size(item);
            last = item;
            if (reading.filter() == null || reading.filter().test(item)) {
                count++;
                if (items != null) {
                    items.add(ValueJson.toJson(
                            reading.projection() == null
                                    ? item
                                    : reading.projection().apply(item)));
                }
            }
            // Like DynamoDB, a page that stops at its limit does not look ahead: it names a last key even when nothing
            // follows.
            if (reading.limit() != null && scanned >= reading.limit() || bytes >= MAX_PAGE_BYTES) {
                more = true;
                break;
            }
        }
        response.put("Count", count);
        response.put("ScannedCount", scanned);
        if (more && last != null) {
            response.set("LastEvaluatedKey", ValueJson.toJson(source.lastKey(last)));
        }
        return response;
    }

    private static String partitionOf(String itemKey) {
        int separator = itemKey.indexOf(KeyCodec.SEPARATOR);
        return separator < 0 ? itemKey : itemKey.substring(0, separator);
    }
}
