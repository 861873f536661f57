package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** DynamoDB Streams: ListStreams, DescribeStream, GetShardIterator, GetRecords and the view types. */
class StreamConformanceTest extends StreamTestBase {

    /** Writes INSERT, MODIFY and REMOVE of item p/1 and returns the table. */
    private String tableWithInsertModifyRemove(StreamViewType viewType) {
        String t = streamTable(viewType);
        put(t, item("pk", "p", "sk", "1", "v", "first"));
        put(t, item("pk", "p", "sk", "1", "v", "second"));
        ddb.deleteItem(r -> r.tableName(t).key(key("p", "1")));
        return t;
    }

    @Test
    @DisplayName(
            "DescribeTable of a table with a stream gives StreamSpecification, LatestStreamArn and LatestStreamLabel")
    void describeTableGivesLatestStreamArn() {
        String t = streamTable(StreamViewType.NEW_AND_OLD_IMAGES);
        TableDescription table = ddb.describeTable(r -> r.tableName(t)).table();
        assertThat(table.streamSpecification().streamEnabled()).isTrue();
        assertThat(table.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(table.latestStreamArn()).contains(":table/" + t + "/stream/" + table.latestStreamLabel());
    }

    @Test
    @DisplayName("A table created without a StreamSpecification has no LatestStreamArn")
    void tableWithoutStreamHasNoStreamArn() {
        String t = hashTable();
        assertThat(ddb.describeTable(r -> r.tableName(t)).table().latestStreamArn())
                .isNull();
    }

    @Test
    @DisplayName("ListStreams with TableName lists the table's stream")
    void listStreamsListsTableStream() {
        String t = streamTable(StreamViewType.KEYS_ONLY);
        String arn = streamArn(t);
        assertThat(streams.listStreams(r -> r.tableName(t)).streams()).anySatisfy(s -> {
            assertThat(s.streamArn()).isEqualTo(arn);
            assertThat(s.tableName()).isEqualTo(t);
        });
    }

    @Test
    @DisplayName("DescribeStream reports the table, the view type, the key schema, a status and at least one shard")
    void describeStreamReportsViewTypeAndShards() {
        String t = streamTable(StreamViewType.NEW_IMAGE);
        StreamDescription description =
                streams.describeStream(r -> r.streamArn(streamArn(t))).streamDescription();
        assertThat(description.tableName()).isEqualTo(t);
        assertThat(description.streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
        assertThat(description.keySchema()).containsExactly(hashKey("pk"), rangeKey("sk"));
        assertThat(description.streamStatus()).isIn(StreamStatus.ENABLED, StreamStatus.ENABLING);
        assertThat(description.shards()).isNotEmpty();
    }

    @Test
    @DisplayName("DescribeStream of a stream ARN that does not exist fails with ResourceNotFoundException")
    void describeMissingStreamFailsWithResourceNotFound() {
        String t = streamTable(StreamViewType.KEYS_ONLY);
        String missing = streamArn(t).replace(t, uniqueName("missing"));
        assertError("ResourceNotFoundException", () -> streams.describeStream(r -> r.streamArn(missing)));
    }

    @Test
    @DisplayName("Put, overwrite and delete give INSERT, MODIFY and REMOVE records in commit order")
    void recordsAreInsertModifyRemoveInOrder() {
        String t = tableWithInsertModifyRemove(StreamViewType.NEW_AND_OLD_IMAGES);
        List<Record> records = records(streamArn(t), 3);
        assertThat(eventNames(records)).containsExactly("INSERT", "MODIFY", "REMOVE");
    }

    @Test
    @DisplayName("Sequence numbers increase with each record of a shard")
    void sequenceNumbersIncrease() {
        String t = tableWithInsertModifyRemove(StreamViewType.KEYS_ONLY);
        var numbers = sequenceNumbers(records(streamArn(t), 3));
        assertThat(numbers).hasSize(3).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @DisplayName(
            "Every record carries the item's key attributes in Keys, the eventSource aws:dynamodb and the view type")
    void recordsCarryKeysAndSource() {
        String t = tableWithInsertModifyRemove(StreamViewType.KEYS_ONLY);
        assertThat(records(streamArn(t), 3)).hasSize(3).allSatisfy(r -> {
            assertThat(r.dynamodb().keys()).isEqualTo(key("p", "1"));
            assertThat(r.eventSource()).isEqualTo("aws:dynamodb");
            assertThat(r.dynamodb().streamViewType()).isEqualTo(StreamViewType.KEYS_ONLY);
        });
    }

    @Test
    @DisplayName("NEW_AND_OLD_IMAGES: INSERT has only NewImage, MODIFY both, REMOVE only OldImage")
    void newAndOldImagesView() {
        String t = tableWithInsertModifyRemove(StreamViewType.NEW_AND_OLD_IMAGES);
        List<Record> r = records(streamArn(t), 3);
        assertThat(r.get(0).dynamodb().newImage()).isEqualTo(item("pk", "p", "sk", "1", "v", "first"));
        assertThat(r.get(0).dynamodb().hasOldImage()).isFalse();
        assertThat(r.get(1).dynamodb().oldImage()).containsEntry("v", s("first"));
        assertThat(r.get(1).dynamodb().newImage()).containsEntry("v", s("second"));
        assertThat(r.get(2).dynamodb().oldImage()).isEqualTo(item("pk", "p", "sk", "1", "v", "second"));
        assertThat(r.get(2).dynamodb().hasNewImage()).isFalse();
    }

    @Test
    @DisplayName("KEYS_ONLY: records carry Keys and no images")
    void keysOnlyView() {
        String t = tableWithInsertModifyRemove(StreamViewType.KEYS_ONLY);
        assertThat(records(streamArn(t), 3))
                .hasSize(3)
                .allSatisfy(r -> assertThat(
                                r.dynamodb().hasNewImage() || r.dynamodb().hasOldImage())
                        .isFalse());
    }

    @Test
    @DisplayName("NEW_IMAGE: records carry the item after the change and never the old image")
    void newImageView() {
        String t = tableWithInsertModifyRemove(StreamViewType.NEW_IMAGE);
        List<Record> r = records(streamArn(t), 3);
        assertThat(r.get(1).dynamodb().newImage()).containsEntry("v", s("second"));
        assertThat(r)
                .allSatisfy(
                        record -> assertThat(record.dynamodb().hasOldImage()).isFalse());
        assertThat(r.get(2).dynamodb().hasNewImage()).isFalse();
    }

    @Test
    @DisplayName("OLD_IMAGE: records carry the item before the change and never the new image")
    void oldImageView() {
        String t = tableWithInsertModifyRemove(StreamViewType.OLD_IMAGE);
        List<Record> r = records(streamArn(t), 3);
        assertThat(r.get(1).dynamodb().oldImage()).containsEntry("v", s("first"));
        assertThat(r.get(2).dynamodb().oldImage()).containsEntry("v", s("second"));
        assertThat(r)
                .allSatisfy(
                        record -> assertThat(record.dynamodb().hasNewImage()).isFalse());
        assertThat(r.get(0).dynamodb().hasOldImage()).isFalse();
    }

    @Test
    @DisplayName("UpdateItem creating an item writes INSERT; updating it writes MODIFY")
    void updateItemRecordsInsertThenModify() {
        String t = streamTable(StreamViewType.NEW_IMAGE);
        for (int i = 0; i < 2; i++) {
            ddb.updateItem(r -> r.tableName(t)
                    .key(key("p", "1"))
                    .updateExpression("ADD c :one")
                    .expressionAttributeValues(values(":one", 1)));
        }
        List<Record> r = records(streamArn(t), 2);
        assertThat(eventNames(r)).containsExactly("INSERT", "MODIFY");
        assertThat(r.get(1).dynamodb().newImage()).containsEntry("c", n("2"));
    }

    @Test
    @DisplayName("A write that does not change the item writes no stream record")
    void writeThatChangesNothingWritesNoRecord() {
        String t = streamTable(StreamViewType.NEW_AND_OLD_IMAGES);
        put(t, item("pk", "p", "sk", "1", "v", "same"));
        put(t, item("pk", "p", "sk", "1", "v", "same"));
        ddb.updateItem(r -> r.tableName(t)
                .key(key("p", "1"))
                .updateExpression("SET v = :v")
                .expressionAttributeValues(values(":v", "same")));
        put(t, item("pk", "p", "sk", "marker"));
        List<Record> r = records(streamArn(t), 2);
        assertThat(eventNames(r)).containsExactly("INSERT", "INSERT");
        assertThat(r.get(1).dynamodb().keys()).isEqualTo(key("p", "marker"));
    }

    @Test
    @DisplayName("Deleting an item that does not exist writes no stream record")
    void deleteOfMissingItemWritesNoRecord() {
        String t = streamTable(StreamViewType.KEYS_ONLY);
        ddb.deleteItem(r -> r.tableName(t).key(key("p", "nothing")));
        put(t, item("pk", "p", "sk", "marker"));
        assertThat(records(streamArn(t), 1))
                .extracting(r -> r.dynamodb().keys())
                .containsExactly(key("p", "marker"));
    }

    @Test
    @DisplayName("A failed conditional write writes no stream record")
    void failedConditionalWriteWritesNoRecord() {
        String t = streamTable(StreamViewType.KEYS_ONLY);
        put(t, item("pk", "p", "sk", "1"));
        try {
            ddb.putItem(r -> r.tableName(t)
                    .item(item("pk", "p", "sk", "1", "v", 1))
                    .conditionExpression("attribute_not_exists(pk)"));
        } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException expected) {
            // the write is refused
        }
        put(t, item("pk", "p", "sk", "marker"));
        assertThat(eventNames(records(streamArn(t), 2))).containsExactly("INSERT", "INSERT");
    }

    @Test
    @DisplayName("A transaction writes one record per item it changes")
    void transactionWritesRecordPerItem() {
        String t = streamTable(StreamViewType.KEYS_ONLY);
        ddb.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder()
                        .put(p -> p.tableName(t).item(item("pk", "p", "sk", "1")))
                        .build(),
                TransactWriteItem.builder()
                        .put(p -> p.tableName(t).item(item("pk", "p", "sk", "2")))
                        .build()));
        assertThat(records(streamArn(t), 2))
                .extracting(r -> r.dynamodb().keys())
                .containsExactlyInAnyOrder(key("p", "1"), key("p", "2"));
    }

    @Test
    @DisplayName("A LATEST iterator returns only records written after it was obtained")
    void latestIteratorSkipsEarlierRecords() {
        String t = streamTable(StreamViewType.KEYS_ONLY);
        put(t, item("pk", "p", "sk", "before"));
        records(streamArn(t), 1);
        String it = iterator(streamArn(t), ShardIteratorType.LATEST, null);
        put(t, item("pk", "p", "sk", "after"));
        assertThat(readFrom(it, 1)).extracting(r -> r.dynamodb().keys()).containsExactly(key("p", "after"));
    }

    @Test
    @DisplayName("AT_SEQUENCE_NUMBER starts at that record; AFTER_SEQUENCE_NUMBER at the one after it")
    void atAndAfterSequenceNumber() {
        String t = tableWithInsertModifyRemove(StreamViewType.KEYS_ONLY);
        String arn = streamArn(t);
        String second = records(arn, 3).get(1).dynamodb().sequenceNumber();
        assertThat(eventNames(readFrom(iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, second), 2)))
                .containsExactly("MODIFY", "REMOVE");
        assertThat(eventNames(readFrom(iterator(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, second), 1)))
                .containsExactly("REMOVE");
    }

    @Test
    @DisplayName("GetRecords with Limit returns at most Limit records and a NextShardIterator to continue")
    void getRecordsLimitAndNextIterator() {
        String t = tableWithInsertModifyRemove(StreamViewType.KEYS_ONLY);
        String arn = streamArn(t);
        records(arn, 3);
        String it = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
        var first = streams.getRecords(r -> r.shardIterator(it).limit(2));
        assertThat(first.records()).hasSize(2);
        assertThat(eventNames(readFrom(first.nextShardIterator(), 1))).containsExactly("REMOVE");
    }

    @Test
    @DisplayName("User writes carry no userIdentity on their records")
    void userWritesHaveNoUserIdentity() {
        String t = streamTable(StreamViewType.KEYS_ONLY);
        put(t, item("pk", "p", "sk", "1"));
        assertThat(records(streamArn(t), 1))
                .singleElement()
                .satisfies(r -> assertThat(r.userIdentity()).isNull());
    }

    @Test
    @DisplayName("A record's eventName matches its OperationType enum")
    void eventNamesAreOperationTypes() {
        String t = tableWithInsertModifyRemove(StreamViewType.KEYS_ONLY);
        assertThat(records(streamArn(t), 3))
                .extracting(Record::eventName)
                .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
    }

    @Test
    @DisplayName("Item values in stream images keep their types (numbers, sets, maps)")
    void imagesKeepAttributeTypes() {
        String t = streamTable(StreamViewType.NEW_IMAGE);
        var written = item("pk", "p", "sk", "1", "n", 5, "ss", ss("a"), "m", Map.of("k", true));
        put(t, written);
        assertThat(records(streamArn(t), 1).get(0).dynamodb().newImage()).isEqualTo(written);
    }
}
