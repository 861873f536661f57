package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Tables with a stream, and reading their records with GetRecords. The embedded engine writes a
 * stream record as part of the write, so one pass over the shards reads everything; against an
 * external endpoint, where records appear shortly after the write, reading repeats until the
 * expected number has arrived or a deadline passes.
 */
abstract class StreamTestBase extends ConformanceTestBase {

    private static final Duration EXTERNAL_DEADLINE = Duration.ofSeconds(30);

    /** A pk (S) / sk (S) table with a stream of this view type. */
    protected String streamTable(StreamViewType viewType) {
        return createTable(
                "st",
                b -> b.keySchema(hashKey("pk"), rangeKey("sk"))
                        .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.S))
                        .streamSpecification(s -> s.streamEnabled(true).streamViewType(viewType)));
    }

    protected String streamArn(String table) {
        return ddb.describeTable(r -> r.tableName(table)).table().latestStreamArn();
    }

    protected String iterator(String streamArn, ShardIteratorType type, String sequenceNumber) {
        String shardId = firstShard(streamArn).shardId();
        return streams.getShardIterator(r -> r.streamArn(streamArn)
                        .shardId(shardId)
                        .shardIteratorType(type)
                        .sequenceNumber(sequenceNumber))
                .shardIterator();
    }

    protected Shard firstShard(String streamArn) {
        List<Shard> shards = streams.describeStream(r -> r.streamArn(streamArn))
                .streamDescription()
                .shards();
        assertThat(shards).as("shards of " + streamArn).isNotEmpty();
        return shards.get(0);
    }

    /**
     * Every record of the stream from TRIM_HORIZON, across its shards; at least {@code expected} of them if they come.
     */
    protected List<Record> records(String streamArn, int expected) {
        List<Record> all = new ArrayList<>();
        for (Shard shard : streams.describeStream(r -> r.streamArn(streamArn))
                .streamDescription()
                .shards()) {
            String it = streams.getShardIterator(r -> r.streamArn(streamArn)
                            .shardId(shard.shardId())
                            .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                    .shardIterator();
            all.addAll(readFrom(it, expected - all.size()));
        }
        return all;
    }

    /**
     * Records from this iterator on, until a page comes back empty (and, externally, {@code expected} have arrived).
     */
    protected List<Record> readFrom(String shardIterator, int expected) {
        List<Record> read = new ArrayList<>();
        Instant deadline = Instant.now().plus(EXTERNAL_DEADLINE);
        String it = shardIterator;
        while (it != null) {
            String current = it;
            GetRecordsResponse page = streams.getRecords(r -> r.shardIterator(current));
            read.addAll(page.records());
            it = page.nextShardIterator();
            if (page.records().isEmpty()) {
                if (read.size() >= expected
                        || target.isEmbedded()
                        || Instant.now().isAfter(deadline)) {
                    break;
                }
                pauseBeforePollingAgain();
            }
        }
        return read;
    }

    /**
     * Only against an external endpoint (the embedded engine is read in one pass, above): real DynamoDB
     * Streams publish records after the write returns, and GetRecords has no long poll, so the suite
     * polls a remote service with a pause and a deadline. It never orders threads of its own.
     */
    private static void pauseBeforePollingAgain() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static List<String> eventNames(List<Record> records) {
        return records.stream().map(r -> r.eventNameAsString()).toList();
    }

    protected static List<BigInteger> sequenceNumbers(List<Record> records) {
        return records.stream()
                .map(r -> new BigInteger(r.dynamodb().sequenceNumber()))
                .toList();
    }
}
