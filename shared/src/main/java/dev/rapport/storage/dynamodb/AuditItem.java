package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import dev.rapport.orders.AuditEntry;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The audit record of one executed action, keyed by the action's id: its conditional creation is
 * what makes a repeated confirmation do nothing twice. Mutable only for the mapper.
 */
final class AuditItem {

    static final String SORT_PREFIX = "ACTION#";

    static final TableSchema<AuditItem> SCHEMA = StaticTableSchema.builder(AuditItem.class)
            .newItemSupplier(AuditItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(AuditItem::pk)
                            .setter(AuditItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(AuditItem::sk)
                            .setter(AuditItem::sk)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(AuditItem::customer).setter(AuditItem::customer))
            .addAttribute(
                    String.class,
                    a -> a.name("actionId").getter(AuditItem::actionId).setter(AuditItem::actionId))
            .addAttribute(
                    String.class, a -> a.name("type").getter(AuditItem::type).setter(AuditItem::type))
            .addAttribute(
                    String.class,
                    a -> a.name("orderId").getter(AuditItem::orderId).setter(AuditItem::orderId))
            .addAttribute(
                    String.class,
                    a -> a.name("summary").getter(AuditItem::summary).setter(AuditItem::summary))
            .addAttribute(
                    String.class, a -> a.name("actor").getter(AuditItem::actor).setter(AuditItem::actor))
            .addAttribute(
                    String.class,
                    a -> a.name("proposedAt").getter(AuditItem::proposedAt).setter(AuditItem::proposedAt))
            .addAttribute(
                    String.class,
                    a -> a.name("executedAt").getter(AuditItem::executedAt).setter(AuditItem::executedAt))
            .addAttribute(
                    String.class,
                    a -> a.name("result").getter(AuditItem::result).setter(AuditItem::result))
            .addAttribute(
                    String.class, a -> a.name("value").getter(AuditItem::value).setter(AuditItem::value))
            .addAttribute(
                    String.class,
                    a -> a.name("language").getter(AuditItem::language).setter(AuditItem::language))
            .build();

    private String pk;
    private String sk;
    private String customer;
    private String actionId;
    private String type;
    private String orderId;
    private String summary;
    private String actor;
    private String proposedAt;
    private String executedAt;
    private String result;
    private String value;
    private String language;

    static AuditItem of(String customerHash, AuditEntry entry, String result) {
        AuditItem item = new AuditItem();
        item.pk = OrderItem.partition(customerHash);
        item.sk = SORT_PREFIX + entry.actionId();
        item.customer = customerHash;
        item.actionId = entry.actionId();
        item.type = entry.type();
        item.orderId = entry.orderId();
        item.summary = entry.summary();
        item.actor = entry.actor();
        item.proposedAt = entry.proposedAt().toString();
        item.executedAt = entry.executedAt().toString();
        item.result = result;
        item.value = entry.value();
        item.language = entry.language();
        return item;
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

    String customer() {
        return customer;
    }

    void customer(String v) {
        customer = v;
    }

    String actionId() {
        return actionId;
    }

    void actionId(String v) {
        actionId = v;
    }

    String type() {
        return type;
    }

    void type(String v) {
        type = v;
    }

    String orderId() {
        return orderId;
    }

    void orderId(String v) {
        orderId = v;
    }

    String summary() {
        return summary;
    }

    void summary(String v) {
        summary = v;
    }

    String actor() {
        return actor;
    }

    void actor(String v) {
        actor = v;
    }

    String proposedAt() {
        return proposedAt;
    }

    void proposedAt(String v) {
        proposedAt = v;
    }

    String executedAt() {
        return executedAt;
    }

    void executedAt(String v) {
        executedAt = v;
    }

    String result() {
        return result;
    }

    void result(String v) {
        result = v;
    }

    String value() {
        return value;
    }

    void value(String v) {
        value = v;
    }

    String language() {
        return language;
    }

    void language(String v) {
        language = v;
    }
}
