package dev.rapport.dynamodb;

import dev.rapport.dynamodb.engine.Engine;
import dev.rapport.dynamodb.engine.Expiry;
import dev.rapport.dynamodb.engine.Operations;
import dev.rapport.dynamodb.http.DynamoDbHttpServer;
import dev.rapport.dynamodb.storage.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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

    private final Engine engine;
    private final DynamoDbHttpServer server;
    private final Expiry expiry;
    private final ScheduledExecutorService sweeper;

    private EmbeddedDynamoDb(Engine engine, DynamoDbHttpServer server, Duration sweepInterval) {
        this.engine = engine;
        this.server = server;
        this.expiry = new Expiry(engine);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dynamodb-ttl-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, sweepInterval.toMillis());
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void sweepQuietly() {
        try {
            expiry.run();
        } catch (RuntimeException e) {
            // The next sweep tries again; a failed sweep must not stop the schedule.
            System.err.println("dynamodb: TTL sweep failed: " + e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return server.port();
    }

    /** Deletes every item whose TTL has passed, now, as the background sweep does; returns how many. */
    public int expireItems() {
        return expiry.run();
    }

    /**
     * Makes the next transaction on an item of this table pause while holding its items, until the
     * returned hold is released: a deterministic way to provoke {@code TransactionConflict}.
     */
    public TransactionHold holdNextTransaction(String tableName) {
        return engine.holds().holdNext(tableName);
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        server.close();
        engine.close();
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

        /** Starts the engine and its listener. */
        public EmbeddedDynamoDb build() {
            Storage storage = dataDir == null ? Storage.inMemory() : Storage.inDirectory(dataDir);
            Engine engine = new Engine(storage, Clock.systemUTC());
            try {
                return new EmbeddedDynamoDb(
                        engine, DynamoDbHttpServer.start(port, new Operations(engine)), ttlSweepInterval);
            } catch (IOException e) {
                engine.close();
                throw new UncheckedIOException("the DynamoDB engine could not listen on 127.0.0.1:" + port, e);
            }
        }
    }
}
