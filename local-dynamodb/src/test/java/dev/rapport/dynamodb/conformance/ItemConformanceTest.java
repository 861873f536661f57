package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** PutItem, GetItem, UpdateItem and DeleteItem: data types, keys, limits and ReturnValues. */
class ItemConformanceTest extends ConformanceTestBase {

    @Test
    @DisplayName("PutItem then GetItem returns every attribute as written")
    void putThenGetReturnsAllAttributes() {
        String t = hashTable();
        Map<String, AttributeValue> item = item(
                "pk",
                "a",
                "s",
                "text",
                "n",
                42,
                "bool",
                true,
                "nul",
                null,
                "l",
                List.of("x", 1),
                "m",
                Map.of("inner", "v"));
        put(t, item);
        assertThat(get(t, key("a"))).isEqualTo(item);
    }

    @Test
    @DisplayName("GetItem of an item that does not exist returns no Item element")
    void getMissingItemReturnsNoItem() {
        String t = hashTable();
        assertThat(ddb.getItem(r -> r.tableName(t).key(key("nope"))).hasItem()).isFalse();
    }

    @Test
    @DisplayName("PutItem replaces the whole item: attributes not in the new item are gone")
    void putItemReplacesWholeItem() {
        String t = hashTable();
        put(t, item("pk", "a", "old", "x"));
        put(t, item("pk", "a", "new", "y"));
        assertThat(get(t, key("a"))).isEqualTo(item("pk", "a", "new", "y"));
    }

    @Test
    @DisplayName("PutItem ReturnValues=ALL_OLD returns the replaced item")
    void putItemReturnsAllOldOfReplacedItem() {
        String t = hashTable();
        put(t, item("pk", "a", "v", 1));
        var response =
                ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "v", 2)).returnValues(ReturnValue.ALL_OLD));
        assertThat(response.attributes()).isEqualTo(item("pk", "a", "v", 1));
    }

    @Test
    @DisplayName("PutItem ReturnValues=ALL_OLD of a new item returns no Attributes")
    void putItemReturnsNothingForNewItem() {
        String t = hashTable();
        var response = ddb.putItem(r -> r.tableName(t).item(item("pk", "a")).returnValues(ReturnValue.ALL_OLD));
        assertThat(response.hasAttributes()).isFalse();
    }

    @Test
    @DisplayName("PutItem accepts only ReturnValues NONE or ALL_OLD: ALL_NEW is a ValidationException")
    void putItemWithReturnValuesAllNewFailsValidation() {
        String t = hashTable();
        assertValidation(
                () -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a")).returnValues(ReturnValue.ALL_NEW)));
    }

    @Test
    @DisplayName("DeleteItem removes the item")
    void deleteItemRemovesItem() {
        String t = hashTable();
        put(t, item("pk", "a"));
        ddb.deleteItem(r -> r.tableName(t).key(key("a")));
        assertThat(exists(t, key("a"))).isFalse();
    }

    @Test
    @DisplayName("DeleteItem of an item that does not exist succeeds (it is idempotent)")
    void deleteMissingItemSucceeds() {
        String t = hashTable();
        var response = ddb.deleteItem(r -> r.tableName(t).key(key("nope")).returnValues(ReturnValue.ALL_OLD));
        assertThat(response.hasAttributes()).isFalse();
    }

    @Test
    @DisplayName("DeleteItem ReturnValues=ALL_OLD returns the deleted item")
    void deleteItemReturnsAllOld() {
        String t = hashTable();
        put(t, item("pk", "a", "v", "x"));
        var response = ddb.deleteItem(r -> r.tableName(t).key(key("a")).returnValues(ReturnValue.ALL_OLD));
        assertThat(response.attributes()).isEqualTo(item("pk", "a", "v", "x"));
    }

    @Test
    @DisplayName("UpdateItem of an item that does not exist creates it (with the key attributes)")
    void updateItemCreatesMissingItem() {
        String t = hashTable();
        ddb.updateItem(r ->
                r.tableName(t).key(key("a")).updateExpression("SET v = :v").expressionAttributeValues(values(":v", 1)));
        assertThat(get(t, key("a"))).isEqualTo(item("pk", "a", "v", 1));
    }

    @Test
    @DisplayName("UpdateItem ReturnValues=ALL_NEW returns the whole item after the update, key included")
    void updateItemReturnsAllNew() {
        String t = hashTable();
        put(t, item("pk", "a", "keep", "k", "v", 1));
        var response = ddb.updateItem(r -> r.tableName(t)
                .key(key("a"))
                .updateExpression("SET v = :v")
                .expressionAttributeValues(values(":v", 2))
                .returnValues(ReturnValue.ALL_NEW));
        assertThat(response.attributes()).isEqualTo(item("pk", "a", "keep", "k", "v", 2));
    }

    @Test
    @DisplayName("UpdateItem ReturnValues=ALL_OLD returns the whole item before the update")
    void updateItemReturnsAllOld() {
        String t = hashTable();
        put(t, item("pk", "a", "keep", "k", "v", 1));
        var response = ddb.updateItem(r -> r.tableName(t)
                .key(key("a"))
                .updateExpression("SET v = :v")
                .expressionAttributeValues(values(":v", 2))
                .returnValues(ReturnValue.ALL_OLD));
        assertThat(response.attributes()).isEqualTo(item("pk", "a", "keep", "k", "v", 1));
    }

    @Test
    @DisplayName("UpdateItem ReturnValues=UPDATED_OLD returns only the updated attributes, as they were")
    void updateItemReturnsUpdatedOld() {
        String t = hashTable();
        put(t, item("pk", "a", "keep", "k", "v", 1));
        var response = ddb.updateItem(r -> r.tableName(t)
                .key(key("a"))
                .updateExpression("SET v = :v")
                .expressionAttributeValues(values(":v", 2))
                .returnValues(ReturnValue.UPDATED_OLD));
        assertThat(response.attributes()).isEqualTo(item("v", 1));
    }

    @Test
    @DisplayName("UpdateItem ReturnValues=UPDATED_NEW returns only the updated attributes, as they are now")
    void updateItemReturnsUpdatedNew() {
        String t = hashTable();
        put(t, item("pk", "a", "keep", "k", "v", 1));
        var response = ddb.updateItem(r -> r.tableName(t)
                .key(key("a"))
                .updateExpression("SET v = :v, w = :w")
                .expressionAttributeValues(values(":v", 2, ":w", "new"))
                .returnValues(ReturnValue.UPDATED_NEW));
        assertThat(response.attributes()).isEqualTo(item("v", 2, "w", "new"));
    }

    @Test
    @DisplayName("UPDATED_OLD omits attributes that did not exist before the update")
    void updateItemUpdatedOldOmitsNewlyAddedAttribute() {
        String t = hashTable();
        put(t, item("pk", "a"));
        var response = ddb.updateItem(r -> r.tableName(t)
                .key(key("a"))
                .updateExpression("SET w = :w")
                .expressionAttributeValues(values(":w", "new"))
                .returnValues(ReturnValue.UPDATED_OLD));
        assertThat(response.hasAttributes() ? response.attributes() : Map.of()).isEmpty();
    }

    @Test
    @DisplayName("GetItem without the partition key is a ValidationException (key does not match the schema)")
    void getItemWithMissingKeyFailsValidation() {
        String t = hashRangeTable();
        assertValidation(() -> ddb.getItem(r -> r.tableName(t).key(item("pk", "a"))));
    }

    @Test
    @DisplayName("GetItem with a key attribute of the wrong type is a ValidationException")
    void getItemWithWrongKeyTypeFailsValidation() {
        String t = hashTable();
        assertValidation(() -> ddb.getItem(r -> r.tableName(t).key(item("pk", 1))));
    }

    @Test
    @DisplayName("GetItem with an attribute that is not part of the key is a ValidationException")
    void getItemWithExtraKeyAttributeFailsValidation() {
        String t = hashTable();
        assertValidation(() -> ddb.getItem(r -> r.tableName(t).key(item("pk", "a", "other", "x"))));
    }

    @Test
    @DisplayName("PutItem of an item without its partition key is a ValidationException")
    void putItemWithoutKeyFailsValidation() {
        String t = hashTable();
        assertValidation(() -> put(t, item("other", "x")));
    }

    @Test
    @DisplayName("A key attribute may not be an empty string: ValidationException")
    void putItemWithEmptyStringKeyFailsValidation() {
        String t = hashTable();
        assertValidation(() -> put(t, item("pk", "")));
    }

    @Test
    @DisplayName("An empty string in a sort key is a ValidationException")
    void putItemWithEmptyStringSortKeyFailsValidation() {
        String t = hashRangeTable();
        assertValidation(() -> put(t, key("a", "")));
    }

    @Test
    @DisplayName("Non-key String and Binary attributes may be empty")
    void emptyStringAndBinaryNonKeyAttributesAreAllowed() {
        String t = hashTable();
        put(t, item("pk", "a", "s", "", "b", new byte[0]));
        assertThat(get(t, key("a"))).containsEntry("s", s("")).containsEntry("b", b());
    }

    @Test
    @DisplayName("An item's size may be up to 400 KB: a 390 KB item is stored")
    void itemJustUnder400KbIsStored() {
        String t = hashTable();
        put(t, item("pk", "a", "big", "x".repeat(390 * 1024)));
        assertThat(get(t, key("a")).get("big").s()).hasSize(390 * 1024);
    }

    @Test
    @DisplayName("An item larger than 400 KB is a ValidationException")
    void itemOver400KbFailsValidation() {
        String t = hashTable();
        assertValidation(() -> put(t, item("pk", "a", "big", "x".repeat(400 * 1024 + 1))));
    }

    @Test
    @DisplayName("An UpdateItem that would grow an item past 400 KB is a ValidationException")
    void updateGrowingItemPast400KbFailsValidation() {
        String t = hashTable();
        put(t, item("pk", "a", "one", "x".repeat(300 * 1024)));
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t)
                .key(key("a"))
                .updateExpression("SET two = :v")
                .expressionAttributeValues(values(":v", "y".repeat(200 * 1024)))));
    }

    @Test
    @DisplayName("Numbers keep up to 38 digits of precision")
    void numberWith38DigitsKeepsPrecision() {
        String t = hashTable();
        String digits = "12345678901234567890123456789012345678";
        put(t, item("pk", "a", "n", n(digits)));
        assertThat(get(t, key("a")).get("n").n()).isEqualTo(digits);
    }

    @Test
    @DisplayName("A number with more than 38 significant digits is a ValidationException")
    void numberWith39SignificantDigitsFailsValidation() {
        String t = hashTable();
        assertValidation(() -> put(t, item("pk", "a", "n", n("123456789012345678901234567890123456789"))));
    }

    @Test
    @DisplayName("Numbers are stored normalised: leading and trailing zeros are dropped")
    void numbersAreNormalised() {
        String t = hashTable();
        put(t, item("pk", "a", "x", n("0012.500"), "y", n("1.0"), "z", n("-0.10")));
        Map<String, AttributeValue> read = get(t, key("a"));
        assertThat(List.of(read.get("x").n(), read.get("y").n(), read.get("z").n()))
                .containsExactly("12.5", "1", "-0.1");
    }

    @Test
    @DisplayName("Numbers that differ only in form are the same key: 1 and 1.0 address one item")
    void numericKeysCompareByValue() {
        String t = numericRangeTable();
        put(t, item("pk", "a", "sk", n("1.0"), "v", "x"));
        assertThat(get(t, item("pk", "a", "sk", n("1")))).containsEntry("v", s("x"));
    }

    @Test
    @DisplayName("A number above the range (up to 9.99...E+125) is a ValidationException")
    void numberOverflowFailsValidation() {
        String t = hashTable();
        assertValidation(() -> put(t, item("pk", "a", "n", n("1E+126"))));
    }

    @Test
    @DisplayName("A string that is not a number in an N value is a ValidationException")
    void malformedNumberFailsValidation() {
        String t = hashTable();
        assertValidation(() -> put(t, item("pk", "a", "n", n("twelve"))));
    }

    @Test
    @DisplayName("String, number and binary sets round-trip (order not significant)")
    void setsRoundTrip() {
        String t = hashTable();
        put(t, item("pk", "a", "ss", ss("x", "y"), "ns", ns("1", "2"), "bs", bs(new byte[] {1}, new byte[] {2})));
        Map<String, AttributeValue> read = get(t, key("a"));
        assertThat(read.get("ss").ss()).containsExactlyInAnyOrder("x", "y");
        assertThat(read.get("ns").ns()).containsExactlyInAnyOrder("1", "2");
        assertThat(read.get("bs").bs()).hasSize(2);
    }

    @Test
    @DisplayName("An empty set is a ValidationException")
    void emptySetFailsValidation() {
        String t = hashTable();
        assertValidation(() -> put(t, item("pk", "a", "ss", ss())));
    }

    @Test
    @DisplayName("A set with duplicate members is a ValidationException")
    void setWithDuplicatesFailsValidation() {
        String t = hashTable();
        assertValidation(() -> put(t, item("pk", "a", "ss", ss("x", "x"))));
    }

    @Test
    @DisplayName("A number set whose members are equal in value (1 and 1.0) has duplicates: ValidationException")
    void numberSetWithEqualValuesFailsValidation() {
        String t = hashTable();
        assertValidation(() -> put(t, item("pk", "a", "ns", ns("1", "1.0"))));
    }

    @Test
    @DisplayName("Binary attributes round-trip byte for byte, including non-UTF-8 bytes")
    void binaryRoundTrips() {
        String t = hashTable();
        byte[] bytes = {0, (byte) 0xff, (byte) 0x80, 10};
        put(t, item("pk", "a", "bin", bytes));
        assertThat(get(t, key("a")).get("bin").b().asByteArray()).containsExactly(bytes);
    }

    @Test
    @DisplayName("Binary can be a key attribute")
    void binaryKeyRoundTrips() {
        String t = createTable(
                "bk",
                b -> b.keySchema(hashKey("pk"))
                        .attributeDefinitions(
                                attr("pk", software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.B)));
        put(t, item("pk", new byte[] {1, 2, 3}, "v", "x"));
        assertThat(get(t, item("pk", new byte[] {1, 2, 3}))).containsEntry("v", s("x"));
    }

    @Test
    @DisplayName("Nested lists and maps round-trip with order of list elements kept")
    void nestedDocumentsRoundTrip() {
        String t = hashTable();
        Map<String, AttributeValue> item = item(
                "pk",
                "a",
                "doc",
                Map.of("list", List.of(3, "two", List.of(1)), "map", Map.of("deep", Map.of("x", true))));
        put(t, item);
        assertThat(get(t, key("a"))).isEqualTo(item);
    }
}
