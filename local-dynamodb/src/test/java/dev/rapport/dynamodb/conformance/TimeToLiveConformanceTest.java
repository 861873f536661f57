package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.dynamodb.EmbeddedDynamoDb;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Time to Live: expired items are deleted by the service, with a REMOVE stream record of its own. */
class TimeToLiveConformanceTest extends StreamTestBase {

    private static long past() {
        return Instant.now().minusSeconds(3600).getEpochSecond();
    }

    private static long future() {
        return Instant.now().plusSeconds(3600).getEpochSecond();
    }

    private String ttlTable(StreamViewType viewType) {
        String t = streamTable(viewType);
        ddb.updateTimeToLive(
                r -> r.tableName(t).timeToLiveSpecification(s -> s.enabled(true).attributeName("expiresAt")));
        return t;
    }

    @Test
    @DisplayName("An item whose TTL attribute (epoch seconds) is in the past is deleted by the TTL process")
    void expiredItemIsDeleted() {
        EmbeddedDynamoDb db = embeddedOnly("run the TTL sweep on demand");
        String t = ttlTable(StreamViewType.KEYS_ONLY);
        put(t, item("pk", "p", "sk", "old", "expiresAt", past()));
        assertThat(db.expireItems()).isEqualTo(1);
        assertThat(exists(t, key("p", "old"))).isFalse();
    }

    @Test
    @DisplayName(
            "A TTL deletion writes a REMOVE record with userIdentity type Service, principalId dynamodb.amazonaws.com")
    void expiryWritesServiceRemoveRecord() {
        EmbeddedDynamoDb db = embeddedOnly("run the TTL sweep on demand");
        String t = ttlTable(StreamViewType.NEW_AND_OLD_IMAGES);
        put(t, item("pk", "p", "sk", "old", "expiresAt", past()));
        db.expireItems();
        List<Record> records = records(streamArn(t), 2);
        assertThat(eventNames(records)).containsExactly("INSERT", "REMOVE");
        Record remove = records.get(1);
        assertThat(remove.userIdentity().type()).isEqualTo("Service");
        assertThat(remove.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
        assertThat(remove.dynamodb().oldImage()).containsEntry("sk", s("old"));
    }

    @Test
    @DisplayName("An item whose TTL is in the future is not deleted")
    void futureTtlItemStays() {
        EmbeddedDynamoDb db = embeddedOnly("run the TTL sweep on demand");
        String t = ttlTable(StreamViewType.KEYS_ONLY);
        put(t, item("pk", "p", "sk", "young", "expiresAt", future()));
        assertThat(db.expireItems()).isZero();
        assertThat(exists(t, key("p", "young"))).isTrue();
    }

    @Test
    @DisplayName("An item whose TTL attribute is not a Number is never deleted by TTL")
    void nonNumberTtlItemStays() {
        EmbeddedDynamoDb db = embeddedOnly("run the TTL sweep on demand");
        String t = ttlTable(StreamViewType.KEYS_ONLY);
        put(t, item("pk", "p", "sk", "string", "expiresAt", Long.toString(past())));
        db.expireItems();
        assertThat(exists(t, key("p", "string"))).isTrue();
    }

    @Test
    @DisplayName("An item without the TTL attribute is never deleted by TTL")
    void itemWithoutTtlAttributeStays() {
        EmbeddedDynamoDb db = embeddedOnly("run the TTL sweep on demand");
        String t = ttlTable(StreamViewType.KEYS_ONLY);
        put(t, item("pk", "p", "sk", "none", "otherTime", past()));
        db.expireItems();
        assertThat(exists(t, key("p", "none"))).isTrue();
    }

    @Test
    @DisplayName("Items with a past TTL value in a table without TTL enabled are not deleted")
    void tableWithoutTtlKeepsItems() {
        EmbeddedDynamoDb db = embeddedOnly("run the TTL sweep on demand");
        String t = streamTable(StreamViewType.KEYS_ONLY);
        put(t, item("pk", "p", "sk", "old", "expiresAt", past()));
        db.expireItems();
        assertThat(exists(t, key("p", "old"))).isTrue();
    }

    @Test
    @DisplayName("The TTL sweep deletes only the expired items of a table and reports how many")
    void expireItemsCountsOnlyExpired() {
        EmbeddedDynamoDb db = embeddedOnly("run the TTL sweep on demand");
        String t = ttlTable(StreamViewType.KEYS_ONLY);
        put(t, item("pk", "p", "sk", "a", "expiresAt", past()));
        put(t, item("pk", "p", "sk", "b", "expiresAt", past()));
        put(t, item("pk", "p", "sk", "c", "expiresAt", future()));
        assertThat(db.expireItems()).isEqualTo(2);
        assertThat(ddb.scan(r -> r.tableName(t)).items())
                .extracting(i -> i.get("sk").s())
                .containsExactly("c");
    }

    @Test
    @DisplayName("Expired items not yet deleted still show up in reads")
    void expiredButNotYetDeletedItemIsStillReadable() {
        String t = ttlTable(StreamViewType.KEYS_ONLY);
        put(t, item("pk", "p", "sk", "old", "expiresAt", past()));
        assertThat(exists(t, key("p", "old"))).isTrue();
    }
}
