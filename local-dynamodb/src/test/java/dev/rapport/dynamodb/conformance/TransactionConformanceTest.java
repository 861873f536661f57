package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** TransactWriteItems and TransactGetItems. */
class TransactionConformanceTest extends ConformanceTestBase {

    static TransactWriteItem putAction(String t, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(t).item(item)).build();
    }

    static TransactWriteItem putIfAbsent(String t, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder()
                .put(p -> p.tableName(t).item(item).conditionExpression("attribute_not_exists(pk)"))
                .build();
    }

    static TransactWriteItem deleteAction(String t, Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().delete(d -> d.tableName(t).key(key)).build();
    }

    static TransactWriteItem addOne(String t, Map<String, AttributeValue> key) {
        return TransactWriteItem.builder()
                .update(u -> u.tableName(t)
                        .key(key)
                        .updateExpression("ADD c :one")
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))
                .build();
    }

    static TransactWriteItem checkExists(String t, Map<String, AttributeValue> key) {
        return TransactWriteItem.builder()
                .conditionCheck(c -> c.tableName(t).key(key).conditionExpression("attribute_exists(pk)"))
                .build();
    }

    private static TransactGetItem getAction(String t, Map<String, AttributeValue> key) {
        return TransactGetItem.builder().get(g -> g.tableName(t).key(key)).build();
    }

    private void transact(TransactWriteItem... actions) {
        ddb.transactWriteItems(r -> r.transactItems(actions));
    }

    private static List<String> reasonCodes(TransactionCanceledException e) {
        return e.cancellationReasons().stream().map(CancellationReason::code).toList();
    }

    @Test
    @DisplayName("TransactWriteItems applies Put, Update and Delete across tables together")
    void transactWriteAppliesEveryAction() {
        String t1 = hashTable();
        String t2 = hashTable();
        put(t2, item("pk", "gone"));
        transact(putAction(t1, item("pk", "new")), addOne(t1, key("counter")), deleteAction(t2, key("gone")));
        assertThat(exists(t1, key("new"))).isTrue();
        assertThat(get(t1, key("counter"))).containsEntry("c", n("1"));
        assertThat(exists(t2, key("gone"))).isFalse();
    }

    @Test
    @DisplayName("If one condition fails, no action of the transaction is applied (all-or-nothing)")
    void failedConditionAppliesNothing() {
        String t = hashTable();
        put(t, item("pk", "taken"));
        assertThatThrownBy(() -> transact(
                        putAction(t, item("pk", "first")),
                        putIfAbsent(t, item("pk", "taken")),
                        addOne(t, key("third"))))
                .isInstanceOf(TransactionCanceledException.class);
        assertThat(exists(t, key("first"))).isFalse();
        assertThat(exists(t, key("third"))).isFalse();
    }

    @Test
    @DisplayName(
            "CancellationReasons are in action order: None for passing actions, ConditionalCheckFailed for the failing"
                    + " one")
    void cancellationReasonsInActionOrder() {
        String t = hashTable();
        put(t, item("pk", "taken"));
        assertThatThrownBy(() -> transact(
                        putAction(t, item("pk", "first")),
                        putIfAbsent(t, item("pk", "taken")),
                        addOne(t, key("third"))))
                .isInstanceOfSatisfying(
                        TransactionCanceledException.class,
                        e -> assertThat(reasonCodes(e)).containsExactly("None", "ConditionalCheckFailed", "None"));
    }

    @Test
    @DisplayName("A failing ConditionCheck cancels the transaction with ConditionalCheckFailed at its position")
    void failingConditionCheckCancels() {
        String t = hashTable();
        assertThatThrownBy(() -> transact(checkExists(t, key("absent")), putAction(t, item("pk", "x"))))
                .isInstanceOfSatisfying(
                        TransactionCanceledException.class,
                        e -> assertThat(reasonCodes(e)).containsExactly("ConditionalCheckFailed", "None"));
        assertThat(exists(t, key("x"))).isFalse();
    }

    @Test
    @DisplayName("A passing ConditionCheck lets the other actions apply and changes nothing itself")
    void passingConditionCheckAllowsCommit() {
        String t = hashTable();
        put(t, item("pk", "guard", "v", 1));
        transact(checkExists(t, key("guard")), putAction(t, item("pk", "x")));
        assertThat(exists(t, key("x"))).isTrue();
        assertThat(get(t, key("guard"))).isEqualTo(item("pk", "guard", "v", 1));
    }

    @Test
    @DisplayName("ReturnValuesOnConditionCheckFailure=ALL_OLD puts the item into its CancellationReason")
    void cancellationReasonCarriesItemWithAllOld() {
        String t = hashTable();
        put(t, item("pk", "taken", "v", 7));
        TransactWriteItem failing = TransactWriteItem.builder()
                .put(p -> p.tableName(t)
                        .item(item("pk", "taken"))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build();
        assertThatThrownBy(() -> transact(failing))
                .isInstanceOfSatisfying(
                        TransactionCanceledException.class,
                        e -> assertThat(e.cancellationReasons().get(0).item()).isEqualTo(item("pk", "taken", "v", 7)));
    }

    @Test
    @DisplayName("Two actions on the same item in one transaction are a ValidationException")
    void twoActionsOnOneItemFailValidation() {
        String t = hashTable();
        assertValidation(() -> transact(putAction(t, item("pk", "a")), addOne(t, key("a"))));
    }

    @Test
    @DisplayName("A ConditionCheck and an Update of the same item in one transaction are a ValidationException")
    void conditionCheckAndUpdateOfOneItemFailValidation() {
        String t = hashTable();
        put(t, item("pk", "a"));
        assertValidation(() -> transact(checkExists(t, key("a")), addOne(t, key("a"))));
    }

    @Test
    @DisplayName("TransactWriteItems accepts up to 100 actions")
    void hundredActionsAreAccepted() {
        String t = hashTable();
        List<TransactWriteItem> actions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            actions.add(putAction(t, item("pk", "k" + i)));
        }
        ddb.transactWriteItems(r -> r.transactItems(actions));
        assertThat(ddb.scan(r -> r.tableName(t)).count()).isEqualTo(100);
    }

    @Test
    @DisplayName("More than 100 actions in a TransactWriteItems is a ValidationException")
    void moreThanHundredActionsFailValidation() {
        String t = hashTable();
        List<TransactWriteItem> actions = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            actions.add(putAction(t, item("pk", "k" + i)));
        }
        assertValidation(() -> ddb.transactWriteItems(r -> r.transactItems(actions)));
    }

    @Test
    @DisplayName("The same ClientRequestToken with the same request succeeds again without applying it twice")
    void sameTokenSameRequestIsIdempotent() {
        String t = hashTable();
        String token = UUID.randomUUID().toString();
        ddb.transactWriteItems(r -> r.clientRequestToken(token).transactItems(addOne(t, key("a"))));
        ddb.transactWriteItems(r -> r.clientRequestToken(token).transactItems(addOne(t, key("a"))));
        assertThat(get(t, key("a"))).containsEntry("c", n("1"));
    }

    @Test
    @DisplayName("Without a ClientRequestToken, the same request applies again")
    void withoutTokenRequestAppliesTwice() {
        String t = hashTable();
        transact(addOne(t, key("a")));
        transact(addOne(t, key("a")));
        assertThat(get(t, key("a"))).containsEntry("c", n("2"));
    }

    @Test
    @DisplayName("The same ClientRequestToken with a different request fails with IdempotentParameterMismatchException")
    void sameTokenDifferentRequestFailsWithIdempotentParameterMismatch() {
        String t = hashTable();
        String token = UUID.randomUUID().toString();
        ddb.transactWriteItems(r -> r.clientRequestToken(token).transactItems(addOne(t, key("a"))));
        assertThatThrownBy(() ->
                        ddb.transactWriteItems(r -> r.clientRequestToken(token).transactItems(addOne(t, key("b")))))
                .isInstanceOf(IdempotentParameterMismatchException.class);
        assertThat(exists(t, key("b"))).isFalse();
    }

    @Test
    @DisplayName("A transaction on a table that does not exist fails with ResourceNotFoundException")
    void transactionOnMissingTableFailsWithResourceNotFound() {
        assertError("ResourceNotFoundException", () -> transact(putAction(uniqueName("missing"), item("pk", "a"))));
    }

    @Test
    @DisplayName("TransactGetItems returns the items in request order, with an empty response for a missing item")
    void transactGetReturnsItemsInOrder() {
        String t = hashTable();
        put(t, item("pk", "a", "v", 1));
        put(t, item("pk", "c", "v", 3));
        List<ItemResponse> responses = ddb.transactGetItems(
                        r -> r.transactItems(getAction(t, key("c")), getAction(t, key("b")), getAction(t, key("a"))))
                .responses();
        assertThat(responses).hasSize(3);
        assertThat(responses.get(0).item()).isEqualTo(item("pk", "c", "v", 3));
        assertThat(responses.get(1).hasItem()).isFalse();
        assertThat(responses.get(2).item()).isEqualTo(item("pk", "a", "v", 1));
    }

    @Test
    @DisplayName("TransactGetItems honours a ProjectionExpression per Get")
    void transactGetWithProjection() {
        String t = hashTable();
        put(t, item("pk", "a", "x", 1, "y", 2));
        List<ItemResponse> responses = ddb.transactGetItems(r -> r.transactItems(TransactGetItem.builder()
                        .get(g -> g.tableName(t).key(key("a")).projectionExpression("x"))
                        .build()))
                .responses();
        assertThat(responses.get(0).item()).isEqualTo(item("x", 1));
    }

    @Test
    @DisplayName("More than 100 Gets in a TransactGetItems is a ValidationException")
    void transactGetWithMoreThanHundredItemsFailsValidation() {
        String t = hashTable();
        List<TransactGetItem> gets = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            gets.add(getAction(t, key("k" + i)));
        }
        assertValidation(() -> ddb.transactGetItems(r -> r.transactItems(gets)));
    }

    @Test
    @DisplayName("An Update in a transaction with a condition on the item's attribute applies when the condition holds")
    void conditionalUpdateInTransaction() {
        String t = hashTable();
        put(t, item("pk", "a", "state", "open"));
        transact(TransactWriteItem.builder()
                .update(u -> u.tableName(t)
                        .key(key("a"))
                        .updateExpression("SET #s = :closed")
                        .conditionExpression("#s = :open")
                        .expressionAttributeNames(names("#s", "state"))
                        .expressionAttributeValues(values(":open", "open", ":closed", "closed")))
                .build());
        assertThat(get(t, key("a"))).containsEntry("state", s("closed"));
    }
}
