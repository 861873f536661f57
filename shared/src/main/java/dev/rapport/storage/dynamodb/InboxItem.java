package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A delivered message in its owner's partition. The sort key is the delivery key (time-ordered,
 * so the inbox reads newest first), written only if absent: one message per occurrence.
 */
final class InboxItem {

    static final String SORT_PREFIX = "INBOX#";

    static final TableSchema<InboxItem> SCHEMA = StaticTableSchema.builder(InboxItem.class)
            .newItemSupplier(InboxItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(InboxItem::pk)
                            .setter(InboxItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(InboxItem::sk)
                            .setter(InboxItem::sk)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(InboxItem::customer).setter(InboxItem::customer))
            .addAttribute(
                    String.class, a -> a.name("kind").getter(InboxItem::kind).setter(InboxItem::kind))
            .addAttribute(
                    String.class,
                    a -> a.name("sourceId").getter(InboxItem::sourceId).setter(InboxItem::sourceId))
            .addAttribute(
                    String.class,
                    a -> a.name("occurrence").getter(InboxItem::occurrence).setter(InboxItem::occurrence))
            .addAttribute(
                    String.class, a -> a.name("text").getter(InboxItem::text).setter(InboxItem::text))
            .addAttribute(
                    String.class, a -> a.name("card").getter(InboxItem::card).setter(InboxItem::card))
            .addAttribute(
                    String.class,
                    a -> a.name("deliveredAt").getter(InboxItem::deliveredAt).setter(InboxItem::deliveredAt))
            .addAttribute(
                    Long.class,
                    a -> a.name("expiresAt").getter(InboxItem::expiresAt).setter(InboxItem::expiresAt))
            .build();

    private String pk;
    private String sk;
    private String customer;
    private String kind;
    private String sourceId;
    private String occurrence;
    private String text;
    private String card;
    private String deliveredAt;
    private Long expiresAt;

    String pk() {
        return pk;
    }

    void pk(String v) {
        pk = v;
    }

    String sk() {
        return sk;
    }

    void sk(String v) {
        sk = v;
    }

    String customer() {
        return customer;
    }

    void customer(String v) {
        customer = v;
    }

    String kind() {
        return kind;
    }

    void kind(String v) {
        kind = v;
    }

    String sourceId() {
        return sourceId;
    }

    void sourceId(String v) {
        sourceId = v;
    }

    String occurrence() {
        return occurrence;
    }

    void occurrence(String v) {
        occurrence = v;
    }

    String text() {
        return text;
    }

    /** The link to the message's birthday card; absent on every other message. */
    String card() {
        return card;
    }

    void card(String v) {
        card = v;
    }

    void text(String v) {
        text = v;
    }

    String deliveredAt() {
        return deliveredAt;
    }

    void deliveredAt(String v) {
        deliveredAt = v;
    }

    Long expiresAt() {
        return expiresAt;
    }

    void expiresAt(Long v) {
        expiresAt = v;
    }
}
