package dev.rapport.dynamodb;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Rapport's own DynamoDB-compatible engine, in this JVM: DynamoDB's wire protocol (and DynamoDB
 * Streams') on a port of 127.0.0.1, items on H2's MVStore in memory or in a data directory.
 *
 * <pre>{@code
 * try (EmbeddedDynamoDb db = EmbeddedDynamoDb.builder().port(8000).dataDir(dir).build()) {
 *     DynamoDbClient client = DynamoDbClient.builder().endpointOverride(db.endpoint())...
 * }
 * }</pre>
 */
public final class EmbeddedDynamoDb implements AutoCloseable {

    private EmbeddedDynamoDb() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI endpoint() {
        throw new UnsupportedOperationException("TODO");
    }

    public int port() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Deletes every item whose TTL has passed, now, as the background sweep does; returns how many. */
    public int expireItems() {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Makes the next transaction on an item of this table pause while holding its items, until the
     * returned hold is released: a deterministic way to provoke {@code TransactionConflict}.
     */
    public TransactionHold holdNextTransaction(String tableName) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO");
    }

    /** A transaction paused with its items held; {@link #awaitHeld()} returns once it holds them. */
    public interface TransactionHold extends AutoCloseable {
        void awaitHeld() throws InterruptedException;

        /** Lets the transaction go on. */
        @Override
        void close();
    }

    public static final class Builder {
        private int port;
        private Path dataDir;
        private Duration ttlSweepInterval = Duration.ofSeconds(1);

        /** The port on 127.0.0.1; 0 (the default) takes a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Where the items are kept across restarts; null (the default) keeps them in memory. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** How often expired items are deleted in the background (DynamoDB takes up to days; 1 s by default). */
        public Builder ttlSweepInterval(Duration interval) {
            this.ttlSweepInterval = interval;
            return this;
        }

        public EmbeddedDynamoDb build() {
            throw new UnsupportedOperationException("TODO");
        }
    }
}
