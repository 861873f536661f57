package dev.rapport.local.streams;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What an event source mapping sends to its on-failure destination: where an exhausted batch
 * was in the stream, not the records themselves.
 */
public final class DeadLetters {

    public record Entry(
            Instant at,
            String function,
            String destination,
            String shardId,
            String startSequenceNumber,
            String endSequenceNumber,
            int batchSize,
            String reason) {}

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(Entry entry) {
        entries.add(entry);
        System.err.println("local stack: " + entry.function() + " gave up on " + entry.batchSize()
                + " stream record(s) " + entry.startSequenceNumber() + ".." + entry.endSequenceNumber()
                + " (" + entry.reason() + "); reported to " + entry.destination());
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
