package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** CreateTable, DescribeTable, ListTables, DeleteTable, UpdateTimeToLive and DescribeTimeToLive. */
class TableConformanceTest extends ConformanceTestBase {

    private CreateTableRequest.Builder simpleTable(String name) {
        return CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hashKey("pk"))
                .attributeDefinitions(attr("pk", ScalarAttributeType.S));
    }

    @Test
    @DisplayName(
            "CreateTable returns the TableDescription with the name, key schema and a status of CREATING or ACTIVE")
    void createTableReturnsDescriptionWithKeySchema() {
        String name = track(uniqueName("create"));
        TableDescription table = ddb.createTable(simpleTable(name).build()).tableDescription();
        assertThat(table.tableName()).isEqualTo(name);
        assertThat(table.keySchema()).containsExactly(hashKey("pk"));
        assertThat(table.tableStatus()).isIn(TableStatus.CREATING, TableStatus.ACTIVE);
        assertThat(table.tableArn()).endsWith(":table/" + name);
    }

    @Test
    @DisplayName(
            "DescribeTable of an existing table gives its key schema, attribute definitions, billing mode and ACTIVE"
                    + " status")
    void describeTableReportsKeySchemaAttributesAndBillingMode() {
        String name = hashRangeTable();
        TableDescription table = ddb.describeTable(r -> r.tableName(name)).table();
        assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.keySchema()).containsExactly(hashKey("pk"), rangeKey("sk"));
        assertThat(table.attributeDefinitions())
                .containsExactlyInAnyOrder(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.S));
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    }

    @Test
    @DisplayName("CreateTable with the name of an existing table fails with ResourceInUseException")
    void createTableWithExistingNameFailsWithResourceInUse() {
        String name = hashTable();
        assertError(
                "ResourceInUseException",
                () -> ddb.createTable(simpleTable(name).build()));
    }

    @Test
    @DisplayName("DescribeTable of a table that does not exist fails with ResourceNotFoundException")
    void describeMissingTableFailsWithResourceNotFound() {
        assertError("ResourceNotFoundException", () -> ddb.describeTable(r -> r.tableName(uniqueName("missing"))));
    }

    @Test
    @DisplayName("DeleteTable of a table that does not exist fails with ResourceNotFoundException")
    void deleteMissingTableFailsWithResourceNotFound() {
        assertError("ResourceNotFoundException", () -> ddb.deleteTable(r -> r.tableName(uniqueName("missing"))));
    }

    @Test
    @DisplayName("PutItem into a table that does not exist fails with ResourceNotFoundException")
    void putItemIntoMissingTableFailsWithResourceNotFound() {
        assertError(
                "ResourceNotFoundException",
                () -> ddb.putItem(r -> r.tableName(uniqueName("missing")).item(key("a"))));
    }

    @Test
    @DisplayName("DeleteTable returns the table's description, and the table then stops existing")
    void deleteTableRemovesTheTable() {
        String name = hashTable();
        TableDescription deleted = ddb.deleteTable(r -> r.tableName(name)).tableDescription();
        assertThat(deleted.tableName()).isEqualTo(name);
        awaitGone(name);
        assertError("ResourceNotFoundException", () -> ddb.describeTable(r -> r.tableName(name)));
    }

    @Test
    @DisplayName("Table names are 3 to 255 characters: a 2-character name is a ValidationException")
    void createTableWithTooShortNameFailsValidation() {
        assertValidation(() -> ddb.createTable(simpleTable("ab").build()));
    }

    @Test
    @DisplayName("Table names allow only a-z, A-Z, 0-9, '_', '-' and '.': others are a ValidationException")
    void createTableWithInvalidCharacterInNameFailsValidation() {
        assertValidation(() -> ddb.createTable(simpleTable("conf bad name!").build()));
    }

    @Test
    @DisplayName("Every key attribute must have an AttributeDefinition, else ValidationException")
    void createTableWithKeyAttributeMissingFromDefinitionsFailsValidation() {
        assertValidation(() -> ddb.createTable(simpleTable(uniqueName("bad"))
                .keySchema(hashKey("pk"), rangeKey("sk"))
                .build()));
    }

    @Test
    @DisplayName(
            "AttributeDefinitions may only name key attributes of the table or its indexes, else ValidationException")
    void createTableWithUnusedAttributeDefinitionFailsValidation() {
        assertValidation(() -> ddb.createTable(simpleTable(uniqueName("bad"))
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("other", ScalarAttributeType.S))
                .build()));
    }

    @Test
    @DisplayName("A key schema has exactly one HASH element: two HASH keys are a ValidationException")
    void createTableWithTwoHashKeysFailsValidation() {
        assertValidation(() -> ddb.createTable(simpleTable(uniqueName("bad"))
                .keySchema(hashKey("pk"), hashKey("sk"))
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.S))
                .build()));
    }

    @Test
    @DisplayName("A global secondary index appears in DescribeTable with its key schema and projection")
    void describeTableListsGlobalSecondaryIndexes() {
        String name = createTable(
                "gsi",
                b -> b.keySchema(hashKey("pk"))
                        .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("g", ScalarAttributeType.S))
                        .globalSecondaryIndexes(gsi(
                                "byG",
                                Projection.builder()
                                        .projectionType(ProjectionType.ALL)
                                        .build(),
                                hashKey("g"))));
        var index = ddb.describeTable(r -> r.tableName(name))
                .table()
                .globalSecondaryIndexes()
                .get(0);
        assertThat(index.indexName()).isEqualTo("byG");
        assertThat(index.keySchema()).containsExactly(hashKey("g"));
        assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL);
        assertThat(index.keySchema().get(0).keyType()).isEqualTo(KeyType.HASH);
    }

    @Test
    @DisplayName("ListTables includes a newly created table")
    void listTablesIncludesCreatedTable() {
        String name = hashTable();
        assertThat(listAllTables(100)).contains(name);
    }

    @Test
    @DisplayName("ListTables pages by Limit: each page has at most Limit names, LastEvaluatedTableName +"
            + " ExclusiveStartTableName continue, every table once")
    void listTablesPaginatesWithLimitAndExclusiveStartTableName() {
        List<String> mine = List.of(hashTable(), hashTable(), hashTable());
        List<String> all = listAllTables(2);
        assertThat(all).containsAll(mine);
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("ListTables returns LastEvaluatedTableName when the Limit cut the list short")
    void listTablesWithLimitOneReturnsLastEvaluatedTableName() {
        hashTable();
        hashTable();
        ListTablesResponse page = ddb.listTables(r -> r.limit(1));
        assertThat(page.tableNames()).hasSize(1);
        assertThat(page.lastEvaluatedTableName()).isEqualTo(page.tableNames().get(0));
    }

    @Test
    @DisplayName("ListTables Limit must be between 1 and 100: 0 is a ValidationException")
    void listTablesWithLimitZeroFailsValidation() {
        assertValidation(() -> ddb.listTables(r -> r.limit(0)));
    }

    @Test
    @DisplayName("UpdateTimeToLive enables TTL on an attribute and returns the specification")
    void updateTimeToLiveReturnsSpecification() {
        String name = hashTable();
        var spec = ddb.updateTimeToLive(r -> r.tableName(name)
                        .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")))
                .timeToLiveSpecification();
        assertThat(spec.enabled()).isTrue();
        assertThat(spec.attributeName()).isEqualTo("expiresAt");
    }

    @Test
    @DisplayName("DescribeTimeToLive reports ENABLED (or ENABLING) and the attribute after UpdateTimeToLive")
    void describeTimeToLiveAfterEnableReportsAttribute() {
        String name = hashTable();
        ddb.updateTimeToLive(r ->
                r.tableName(name).timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        var description = ddb.describeTimeToLive(r -> r.tableName(name)).timeToLiveDescription();
        assertThat(description.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
        assertThat(description.attributeName()).isEqualTo("expiresAt");
    }

    @Test
    @DisplayName("DescribeTimeToLive of a new table reports DISABLED")
    void describeTimeToLiveOfNewTableIsDisabled() {
        String name = hashTable();
        assertThat(ddb.describeTimeToLive(r -> r.tableName(name))
                        .timeToLiveDescription()
                        .timeToLiveStatus())
                .isEqualTo(TimeToLiveStatus.DISABLED);
    }

    @Test
    @DisplayName("UpdateTimeToLive enabling TTL when it is already enabled is a ValidationException")
    void enablingTimeToLiveTwiceFailsValidation() {
        String name = hashTable();
        ddb.updateTimeToLive(r ->
                r.tableName(name).timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        assertValidation(() -> ddb.updateTimeToLive(r ->
                r.tableName(name).timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt"))));
    }

    @Test
    @DisplayName("DescribeTimeToLive of a table that does not exist fails with ResourceNotFoundException")
    void describeTimeToLiveOfMissingTableFailsWithResourceNotFound() {
        assertError("ResourceNotFoundException", () -> ddb.describeTimeToLive(r -> r.tableName(uniqueName("missing"))));
    }

    private List<String> listAllTables(int limit) {
        List<String> all = new ArrayList<>();
        String start = null;
        do {
            String from = start;
            ListTablesResponse page = ddb.listTables(r -> r.limit(limit).exclusiveStartTableName(from));
            assertThat(page.tableNames().size()).isLessThanOrEqualTo(limit);
            all.addAll(page.tableNames());
            start = page.lastEvaluatedTableName();
        } while (start != null);
        return all;
    }
}
