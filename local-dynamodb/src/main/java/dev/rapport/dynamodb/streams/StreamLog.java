package dev.rapport.dynamodb.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.dynamodb.value.Value;
import dev.rapport.dynamodb.value.ValueJson;
import dev.rapport.dynamodb.value.Values;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.mvstore.MVMap;

/**
 * One table's stream: change records in commit order under increasing sequence numbers, in one
 * shard that stays open, trimmed after the retention period as DynamoDB Streams does (24 h).
 */
public final class StreamLog {

    public static final String SHARD_ID = "shardId-00000000000000000001-00000001";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final MVMap<Long, String> records;
    private final Sequences sequences;

    public StreamLog(MVMap<Long, String> records, Sequences sequences) {
        this.records = records;
        this.sequences = sequences;
        sequences.atLeast(records.isEmpty() ? 0 : records.lastKey());
    }

    /**
     * Appends the record of one change, as the view type asks: INSERT, MODIFY or REMOVE. A write
     * that changes nothing writes no record (as DynamoDB documents); so does a removal of nothing.
     */
    public void append(
            String viewType,
            Map<String, Value> keys,
            Map<String, Value> before,
            Map<String, Value> after,
            boolean byTtl) {
        if (before == null && after == null || before != null && before.equals(after)) {
            return;
        }
        long sequence = sequences.next();
        ObjectNode record = MAPPER.createObjectNode();
        record.put("eventID", UUID.randomUUID().toString().replace("-", ""));
        record.put("eventName", before == null ? "INSERT" : after == null ? "REMOVE" : "MODIFY");
        record.put("eventVersion", "1.1");
        record.put("eventSource", "aws:dynamodb");
        record.put("awsRegion", "ddblocal");
        ObjectNode change = record.putObject("dynamodb");
        change.put("ApproximateCreationDateTime", Instant.now().getEpochSecond());
        change.set("Keys", ValueJson.toJson(keys));
        if (after != null && (viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"))) {
            change.set("NewImage", ValueJson.toJson(after));
        }
        if (before != null && (viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"))) {
            change.set("OldImage", ValueJson.toJson(before));
        }
        change.put("SequenceNumber", Sequences.text(sequence));
        change.put(
                "SizeBytes",
                Values.size(keys)
                        + (after == null ? 0 : Values.size(after))
                        + (before == null ? 0 : Values.size(before)));
        change.put("StreamViewType", viewType);
        if (byTtl) {
            ObjectNode identity = record.putObject("userIdentity");
            // GetRecords' Identity shape; Lambda's event renames these type and principalId.
            identity.put("Type", "Service");
            identity.put("PrincipalId", "dynamodb.amazonaws.com");
        }
        records.put(sequence, record.toString());
    }

    /** Up to {@code limit} records from the given sequence number on. */
    public List<ObjectNode> read(long from, int limit) {
        List<ObjectNode> page = new ArrayList<>();
        var cursor = records.cursor(from);
        while (cursor.hasNext() && page.size() < limit) {
            cursor.next();
            page.add(parse(cursor.getValue()));
        }
        return page;
    }

    /** The sequence number the next record will have at least: where LATEST starts. */
    public long next() {
        return sequences.peek();
    }

    /** The oldest sequence number still held, or {@link #next()} when none is. */
    public long first() {
        Long first = records.isEmpty() ? null : records.firstKey();
        return first == null ? next() : first;
    }

    public boolean holds(long sequence) {
        return records.containsKey(sequence);
    }

    /** Drops records older than the retention period. */
    public void trim(Instant cutoff) {
        while (!records.isEmpty()) {
            Long first = records.firstKey();
            if (parse(records.get(first))
                            .path("dynamodb")
                            .path("ApproximateCreationDateTime")
                            .asLong()
                    >= cutoff.getEpochSecond()) {
                return;
            }
            records.remove(first);
        }
    }

    private static ObjectNode parse(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored stream record is not valid JSON", e);
        }
    }
}
