package dev.rapport.local.streams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import dev.rapport.local.lambda.FunctionFailedException;
import dev.rapport.local.lambda.LocalFunction;
import dev.rapport.local.template.StreamTrigger;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * One event source mapping: reads a table's stream shard by shard and invokes the function with
 * batches, the way Lambda does — in order per shard, a failed batch retried (from the first failed
 * record when the function reports item failures), an exhausted batch reported to the on-failure
 * destination and skipped so the shard moves on.
 */
final class StreamPoller {

    /** Lambda retries "forever" (until records expire after 24 h); locally a poison record must not stall the stack. */
    static final int LOCAL_RETRY_CAP = 10;

    private final StreamTrigger trigger;
    private final LocalFunction function;
    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final DeadLetters deadLetters;
    private final Map<String, String> iterators = new HashMap<>();
    private final Map<String, String> lastSequence = new HashMap<>();
    private final Set<String> finished = new HashSet<>();

    StreamPoller(
            StreamTrigger trigger,
            LocalFunction function,
            DynamoDbStreamsClient streams,
            String streamArn,
            DeadLetters deadLetters) {
        this.trigger = trigger;
        this.function = function;
        this.streams = streams;
        this.streamArn = streamArn;
        this.deadLetters = deadLetters;
        boolean fromStart = trigger.startingPosition().equals("TRIM_HORIZON");
        for (Shard shard : shards()) {
            iterators.put(
                    shard.shardId(),
                    iterator(shard.shardId(), fromStart ? ShardIteratorType.TRIM_HORIZON : ShardIteratorType.LATEST));
        }
    }

    private volatile boolean stopping;

    /** Finish the batch in hand and deliver no more: the stack is shutting down. */
    void stop() {
        stopping = true;
    }

    /** Delivers everything the stream holds now; returns how many records were delivered. */
    synchronized int drain() {
        int delivered = 0;
        boolean progress = true;
        while (progress && !stopping) {
            progress = false;
            discoverShards();
            for (String shardId : List.copyOf(iterators.keySet())) {
                GetRecordsResponse page = records(shardId);
                if (page.hasRecords() && !page.records().isEmpty()) {
                    deliver(shardId, page.records());
                    lastSequence.put(
                            shardId, page.records().getLast().dynamodb().sequenceNumber());
                    delivered += page.records().size();
                    progress = true;
                }
                if (page.nextShardIterator() == null) {
                    iterators.remove(shardId);
                    finished.add(shardId);
                } else {
                    iterators.put(shardId, page.nextShardIterator());
                }
            }
        }
        return delivered;
    }

    private void deliver(String shardId, List<Record> records) {
        List<Record> batch = records;
        int limit = trigger.maximumRetryAttempts() < 0 ? LOCAL_RETRY_CAP : trigger.maximumRetryAttempts();
        for (int attempt = 0; ; attempt++) {
            int failedFrom = invoke(batch);
            if (failedFrom < 0) {
                return;
            }
            batch = batch.subList(failedFrom, batch.size());
            if (attempt >= limit) {
                deadLetters.add(new DeadLetters.Entry(
                        Instant.now(),
                        trigger.function(),
                        trigger.onFailure(),
                        shardId,
                        batch.getFirst().dynamodb().sequenceNumber(),
                        batch.getLast().dynamodb().sequenceNumber(),
                        batch.size(),
                        "retry attempts exhausted"));
                return;
            }
        }
    }

    /** Invokes with one batch; returns -1 on success, else the index to retry from. */
    private int invoke(List<Record> batch) {
        String response;
        try {
            response = function.invoke(StreamEvents.batch(batch, streamArn));
        } catch (FunctionFailedException e) {
            System.err.println("local stack: " + e.getMessage());
            return 0;
        }
        if (!trigger.reportBatchItemFailures()) {
            return -1;
        }
        try {
            JsonNode failures = Json.MAPPER.readTree(response).path("batchItemFailures");
            int first = -1;
            for (JsonNode failure : failures) {
                int index = indexOf(batch, failure.path("itemIdentifier").asText());
                if (index < 0) {
                    return 0;
                }
                first = first < 0 ? index : Math.min(first, index);
            }
            return first;
        } catch (IOException e) {
            return 0;
        }
    }

    private static int indexOf(List<Record> batch, String sequenceNumber) {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).dynamodb().sequenceNumber().equals(sequenceNumber)) {
                return i;
            }
        }
        return -1;
    }

    private GetRecordsResponse records(String shardId) {
        try {
            return streams.getRecords(
                    b -> b.shardIterator(iterators.get(shardId)).limit(trigger.batchSize()));
        } catch (ExpiredIteratorException | TrimmedDataAccessException e) {
            // An iterator can expire, or a stream implementation can answer one taken before a shard's
            // first record as trimmed: carry on after the last record delivered, or from the trim
            // horizon, as Lambda's stream reader does.
            String last = lastSequence.get(shardId);
            String fresh = last == null
                    ? iterator(shardId, ShardIteratorType.TRIM_HORIZON)
                    : streams.getShardIterator(b -> b.streamArn(streamArn)
                                    .shardId(shardId)
                                    .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                                    .sequenceNumber(last))
                            .shardIterator();
            iterators.put(shardId, fresh);
            return streams.getRecords(b -> b.shardIterator(fresh).limit(trigger.batchSize()));
        }
    }

    /** Shards that appear later (splits) are read from their start, as Lambda does. */
    private void discoverShards() {
        for (Shard shard : shards()) {
            if (!iterators.containsKey(shard.shardId()) && !finished.contains(shard.shardId())) {
                iterators.put(shard.shardId(), iterator(shard.shardId(), ShardIteratorType.TRIM_HORIZON));
            }
        }
    }

    private List<Shard> shards() {
        return streams.describeStream(b -> b.streamArn(streamArn))
                .streamDescription()
                .shards();
    }

    private String iterator(String shardId, ShardIteratorType type) {
        return streams.getShardIterator(
                        b -> b.streamArn(streamArn).shardId(shardId).shardIteratorType(type))
                .shardIterator();
    }
}
