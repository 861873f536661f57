package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A claim on publishing one announcement, in the idempotency table with Powertools' layout: id,
 * status ({@code INPROGRESS} or {@code COMPLETED}), expiration (TTL) and in_progress_expiration.
 * It names no customer: the id is a hash, and the record only says "sent".
 */
final class PublicationItem {

    static final String IN_PROGRESS = "INPROGRESS";
    static final String COMPLETED = "COMPLETED";

    static final TableSchema<PublicationItem> SCHEMA = StaticTableSchema.builder(PublicationItem.class)
            .newItemSupplier(PublicationItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("id")
                            .getter(PublicationItem::id)
                            .setter(PublicationItem::id)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("status").getter(PublicationItem::status).setter(PublicationItem::status))
            .addAttribute(
                    Long.class,
                    a -> a.name("expiration")
                            .getter(PublicationItem::expiration)
                            .setter(PublicationItem::expiration))
            .addAttribute(
                    Long.class,
                    a -> a.name("in_progress_expiration")
                            .getter(PublicationItem::inProgressExpiration)
                            .setter(PublicationItem::inProgressExpiration))
            .build();

    private String id;
    private String status;
    private Long expiration;
    private Long inProgressExpiration;

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

    Long inProgressExpiration() {
        return inProgressExpiration;
    }

    void inProgressExpiration(Long v) {
        inProgressExpiration = v;
    }
}
