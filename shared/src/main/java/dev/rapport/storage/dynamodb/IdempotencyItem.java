package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** Powertools' idempotency record layout: id, status, expiration (TTL), validation, data. */
final class IdempotencyItem {

    static final String COMPLETED = "COMPLETED";

    static final TableSchema<IdempotencyItem> SCHEMA = StaticTableSchema.builder(IdempotencyItem.class)
            .newItemSupplier(IdempotencyItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("id")
                            .getter(IdempotencyItem::id)
                            .setter(IdempotencyItem::id)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("status").getter(IdempotencyItem::status).setter(IdempotencyItem::status))
            .addAttribute(
                    Long.class,
                    a -> a.name("expiration")
                            .getter(IdempotencyItem::expiration)
                            .setter(IdempotencyItem::expiration))
            .addAttribute(
                    String.class,
                    a -> a.name("validation")
                            .getter(IdempotencyItem::validation)
                            .setter(IdempotencyItem::validation))
            .addAttribute(
                    String.class,
                    a -> a.name("data").getter(IdempotencyItem::data).setter(IdempotencyItem::data))
            .addAttribute(
                    String.class,
                    a -> a.name("heard").getter(IdempotencyItem::heard).setter(IdempotencyItem::heard))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(IdempotencyItem::customer).setter(IdempotencyItem::customer))
            .build();

    private String id;
    private String status;
    private Long expiration;
    private String validation;
    private String data;

    String id() {
        return id;
    }

    void id(String v) {
        id = v;
    }

    String status() {
        return status;
    }

    void status(String v) {
        status = v;
    }

    Long expiration() {
        return expiration;
    }

    void expiration(Long v) {
        expiration = v;
    }

    String validation() {
        return validation;
    }

    void validation(String v) {
        validation = v;
    }

    String data() {
        return data;
    }

    void data(String v) {
        data = v;
    }

    /** A voice note's redacted transcript (JSON), so a retry shows what was heard without transcribing again. */
    private String heard;

    String heard() {
        return heard;
    }

    void heard(String v) {
        heard = v;
    }

    /** The owner's customer hash: the key of the byCustomer index that export and erasure read. */
    private String customer;

    String customer() {
        return customer;
    }

    void customer(String v) {
        customer = v;
    }
}
