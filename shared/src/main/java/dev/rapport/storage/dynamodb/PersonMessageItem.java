package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import dev.rapport.handoff.PersonMessage;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A person's message in a handed-off conversation, in the session's partition beside its turns: it
 * carries the owner's {@code customer} (export and erasure find it) and the conversation's expiry.
 * Keyed by the message's id, not its time, so a retried message lands on the item it wrote before.
 * It carries no {@code turnId} or {@code handoffQueue}, so it stays out of those indexes.
 */
final class PersonMessageItem {

    static final String SORT_PREFIX = "PERSON#";

    static final TableSchema<PersonMessageItem> SCHEMA = StaticTableSchema.builder(PersonMessageItem.class)
            .newItemSupplier(PersonMessageItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(PersonMessageItem::pk)
                            .setter(PersonMessageItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(PersonMessageItem::sk)
                            .setter(PersonMessageItem::sk)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sessionId")
                            .getter(PersonMessageItem::sessionId)
                            .setter(PersonMessageItem::sessionId))
            .addAttribute(
                    String.class,
                    a -> a.name("handoffId")
                            .getter(PersonMessageItem::handoffId)
                            .setter(PersonMessageItem::handoffId))
            .addAttribute(
                    String.class,
                    a -> a.name("at").getter(PersonMessageItem::at).setter(PersonMessageItem::at))
            .addAttribute(
                    String.class,
                    a -> a.name("text").getter(PersonMessageItem::text).setter(PersonMessageItem::text))
            .addAttribute(
                    String.class,
                    a -> a.name("by").getter(PersonMessageItem::by).setter(PersonMessageItem::by))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(PersonMessageItem::customer).setter(PersonMessageItem::customer))
            .addAttribute(
                    Long.class,
                    a -> a.name("expiresAt")
                            .getter(PersonMessageItem::expiresAt)
                            .setter(PersonMessageItem::expiresAt))
            .build();

    private String pk;
    private String sk;
    private String sessionId;
    private String handoffId;
    private String at;
    /** Redacted before it gets here. */
    private String text;
    /** The support admin's hashed subject. */
    private String by;
    /** The conversation owner's customer hash, for the byCustomer index that export and erasure read. */
    private String customer;

    private Long expiresAt;

    static PersonMessageItem of(String pk, PersonMessage message, String customer, Long expiresAt) {
        PersonMessageItem item = new PersonMessageItem();
        item.pk(pk);
        item.sk(SORT_PREFIX + message.id());
        item.sessionId(message.sessionId());
        item.handoffId(message.handoffId());
        item.at(message.at().toString());
        item.text(message.text());
        item.by(message.by());
        item.customer(customer);
        item.expiresAt(expiresAt);
        return item;
    }

    PersonMessage message() {
        return new PersonMessage(sk.substring(SORT_PREFIX.length()), handoffId, sessionId, Instant.parse(at), text, by);
    }

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

    String sessionId() {
        return sessionId;
    }

    void sessionId(String v) {
        sessionId = v;
    }

    String handoffId() {
        return handoffId;
    }

    void handoffId(String v) {
        handoffId = v;
    }

    String at() {
        return at;
    }

    void at(String v) {
        at = v;
    }

    String text() {
        return text;
    }

    void text(String v) {
        text = v;
    }

    String by() {
        return by;
    }

    void by(String v) {
        by = v;
    }

    String customer() {
        return customer;
    }

    void customer(String v) {
        customer = v;
    }

    Long expiresAt() {
        return expiresAt;
    }

    void expiresAt(Long v) {
        expiresAt = v;
    }
}
