package dev.rapport.dynamodb.engine;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.EmbeddedDynamoDb.TransactionHold;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Items held by a transaction in flight. Transactions normally run whole under the write lock and
 * hold nothing visibly; a test may ask the next transaction on a table to pause while holding its
 * items, so conflicts can be provoked deterministically, as they happen by chance on DynamoDB.
 */
public final class Holds {

    /** A paused transaction never outlives a forgotten hold by more than this. */
    private static final long MAX_PAUSE_SECONDS = 60;

    private final Map<String, Pause> pending = new ConcurrentHashMap<>();
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public TransactionHold holdNext(String tableName) {
        Pause pause = new Pause();
        pending.put(tableName, pause);
        return pause;
    }

    static String id(String table, String key) {
        return table + '\u0000' + key;
    }

    boolean isHeld(String table, String key) {
        return held.contains(id(table, key));
    }

    /** A single write on an item a transaction holds fails as on DynamoDB. */
    void checkNotHeld(String table, String key) {
        if (isHeld(table, key)) {
            throw DynamoDbException.transactionConflict();
        }
    }

    /** If a hold waits for one of these tables, holds the items and pauses (the write lock released). */
    void pauseIfAsked(Engine engine, Collection<String> tableNames, Collection<String> itemIds) {
        Pause pause = null;
        for (String table : tableNames) {
            pause = pending.remove(table);
            if (pause != null) {
                break;
            }
        }
        if (pause == null) {
            return;
        }
        held.addAll(itemIds);
        Pause paused = pause;
        try {
            engine.unlockedWhile(paused::pause);
        } finally {
            held.removeAll(itemIds);
        }
    }

    private static final class Pause implements TransactionHold {
        private final CountDownLatch holding = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        void pause() {
            holding.countDown();
            try {
                released.await(MAX_PAUSE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void awaitHeld() throws InterruptedException {
            holding.await();
        }

        @Override
        public void close() {
            released.countDown();
        }
    }
}
