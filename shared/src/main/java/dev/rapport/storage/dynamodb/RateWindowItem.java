package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.atomicCounter;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * One customer's chat turns in one clock minute, beside the idempotency records (same key shape,
 * same TTL). The count is an atomic counter, so parallel turns add up instead of overwriting.
 */
final class RateWindowItem {

    static final TableSchema<RateWindowItem> SCHEMA = StaticTableSchema.builder(RateWindowItem.class)
            .newItemSupplier(RateWindowItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("id")
                            .getter(RateWindowItem::id)
                            .setter(RateWindowItem::id)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    Long.class,
                    a -> a.name("turns")
                            .getter(RateWindowItem::turns)
                            .setter(RateWindowItem::turns)
                            .tags(atomicCounter(1, 1)))
            .addAttribute(
                    Long.class,
                    a -> a.name("expiration").getter(RateWindowItem::expiration).setter(RateWindowItem::expiration))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(RateWindowItem::customer).setter(RateWindowItem::customer))
            .build();

    private String id;
    private Long turns;
    private Long expiration;
    /** The owner's customer hash: the key of the byCustomer index that export and erasure read. */
    private String customer;

    static String id(String customerHash, long minute) {
        return "rate#" + customerHash + "#" + minute;
    }

    String id() {
        return id;
    }

    void id(String v) {
        id = v;
    }

    Long turns() {
        return turns;
    }

    void turns(Long v) {
        turns = v;
    }

    Long expiration() {
        return expiration;
    }

    void expiration(Long v) {
        expiration = v;
    }

    String customer() {
        return customer;
    }

    void customer(String v) {
        customer = v;
    }
}
