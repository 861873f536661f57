package dev.rapport.dynamodb.conformance;

import static dev.rapport.dynamodb.conformance.TransactionConformanceTest.addOne;
import static dev.rapport.dynamodb.conformance.TransactionConformanceTest.putAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.dynamodb.EmbeddedDynamoDb;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Conflicts with an ongoing transaction, made deterministic by the embedded engine's
 * {@link EmbeddedDynamoDb#holdNextTransaction(String)}: transaction T1 is paused holding its items.
 */
class TransactionConflictConformanceTest extends ConformanceTestBase {

    /** Starts T1 (ADD c 1 on item "a") in another thread and returns once it holds the item. */
    private CompletableFuture<Void> startHeldTransaction(String t, EmbeddedDynamoDb.TransactionHold hold)
            throws InterruptedException {
        CompletableFuture<Void> t1 =
                CompletableFuture.runAsync(() -> ddb.transactWriteItems(r -> r.transactItems(addOne(t, key("a")))));
        hold.awaitHeld();
        return t1;
    }

    @Test
    @DisplayName(
            "A PutItem on an item in an ongoing transaction fails with TransactionConflictException; the transaction"
                    + " then commits")
    void putItemOnItemInOngoingTransactionFailsWithTransactionConflict() throws Exception {
        EmbeddedDynamoDb db = embeddedOnly("pause a transaction");
        String t = hashTable();
        CompletableFuture<Void> t1;
        try (EmbeddedDynamoDb.TransactionHold hold = db.holdNextTransaction(t)) {
            t1 = startHeldTransaction(t, hold);
            assertThatThrownBy(() -> put(t, item("pk", "a", "c", 100)))
                    .isInstanceOf(TransactionConflictException.class);
        }
        t1.get(30, TimeUnit.SECONDS);
        assertThat(get(t, key("a"))).containsEntry("c", n("1"));
    }

    @Test
    @DisplayName("An UpdateItem on an item in an ongoing transaction fails with TransactionConflictException")
    void updateItemOnItemInOngoingTransactionFailsWithTransactionConflict() throws Exception {
        EmbeddedDynamoDb db = embeddedOnly("pause a transaction");
        String t = hashTable();
        CompletableFuture<Void> t1;
        try (EmbeddedDynamoDb.TransactionHold hold = db.holdNextTransaction(t)) {
            t1 = startHeldTransaction(t, hold);
            assertThatThrownBy(() -> ddb.updateItem(r -> r.tableName(t)
                            .key(key("a"))
                            .updateExpression("SET x = :x")
                            .expressionAttributeValues(values(":x", 1))))
                    .isInstanceOf(TransactionConflictException.class);
        }
        t1.get(30, TimeUnit.SECONDS);
        assertThat(get(t, key("a"))).isEqualTo(item("pk", "a", "c", 1));
    }

    @Test
    @DisplayName("A second transaction on an item held by an ongoing one is cancelled with reason TransactionConflict")
    void secondTransactionOnHeldItemIsCancelledWithTransactionConflict() throws Exception {
        EmbeddedDynamoDb db = embeddedOnly("pause a transaction");
        String t = hashTable();
        CompletableFuture<Void> t1;
        try (EmbeddedDynamoDb.TransactionHold hold = db.holdNextTransaction(t)) {
            t1 = startHeldTransaction(t, hold);
            assertThatThrownBy(() -> ddb.transactWriteItems(
                            r -> r.transactItems(putAction(t, item("pk", "other")), addOne(t, key("a")))))
                    .isInstanceOfSatisfying(
                            TransactionCanceledException.class,
                            e -> assertThat(e.cancellationReasons().stream()
                                            .map(CancellationReason::code)
                                            .toList())
                                    .containsExactly("None", "TransactionConflict"));
        }
        t1.get(30, TimeUnit.SECONDS);
        assertThat(get(t, key("a"))).containsEntry("c", n("1"));
        assertThat(exists(t, key("other"))).isFalse();
    }

    @Test
    @DisplayName("A TransactGetItems of an item in an ongoing transaction is cancelled with reason TransactionConflict")
    void transactGetOfHeldItemIsCancelledWithTransactionConflict() throws Exception {
        EmbeddedDynamoDb db = embeddedOnly("pause a transaction");
        String t = hashTable();
        CompletableFuture<Void> t1;
        try (EmbeddedDynamoDb.TransactionHold hold = db.holdNextTransaction(t)) {
            t1 = startHeldTransaction(t, hold);
            assertThatThrownBy(() -> ddb.transactGetItems(r -> r.transactItems(TransactGetItem.builder()
                            .get(g -> g.tableName(t).key(key("a")))
                            .build())))
                    .isInstanceOfSatisfying(
                            TransactionCanceledException.class,
                            e -> assertThat(e.cancellationReasons().stream()
                                            .map(CancellationReason::code)
                                            .toList())
                                    .containsExactly("TransactionConflict"));
        }
        t1.get(30, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("A GetItem during an ongoing transaction sees the last committed state, not the transaction's writes")
    void getItemDuringTransactionSeesCommittedState() throws Exception {
        EmbeddedDynamoDb db = embeddedOnly("pause a transaction");
        String t = hashTable();
        put(t, item("pk", "a", "c", 5));
        CompletableFuture<Void> t1;
        try (EmbeddedDynamoDb.TransactionHold hold = db.holdNextTransaction(t)) {
            t1 = startHeldTransaction(t, hold);
            assertThat(get(t, key("a"))).containsEntry("c", n("5"));
        }
        t1.get(30, TimeUnit.SECONDS);
        assertThat(get(t, key("a"))).containsEntry("c", n("6"));
    }

    @Test
    @DisplayName("Writes to other items of the same table proceed while a transaction holds its items")
    void writeToOtherItemDuringTransactionSucceeds() throws Exception {
        EmbeddedDynamoDb db = embeddedOnly("pause a transaction");
        String t = hashTable();
        CompletableFuture<Void> t1;
        try (EmbeddedDynamoDb.TransactionHold hold = db.holdNextTransaction(t)) {
            t1 = startHeldTransaction(t, hold);
            put(t, item("pk", "b"));
            assertThat(exists(t, key("b"))).isTrue();
        }
        t1.get(30, TimeUnit.SECONDS);
    }
}
