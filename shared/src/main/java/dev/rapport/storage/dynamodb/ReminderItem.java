package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A reminder in its owner's partition. Only active reminders carry {@code dueSlot} and
 * {@code dueAt}, so the sparse due index holds exactly what may still be delivered.
 */
final class ReminderItem {

    static final String SORT_PREFIX = "REMINDER#";
    static final String DUE_INDEX = "due";

    static final TableSchema<ReminderItem> SCHEMA = StaticTableSchema.builder(ReminderItem.class)
            .newItemSupplier(ReminderItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(ReminderItem::pk)
                            .setter(ReminderItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(ReminderItem::sk)
                            .setter(ReminderItem::sk)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("dueSlot")
                            .getter(ReminderItem::dueSlot)
                            .setter(ReminderItem::dueSlot)
                            .tags(secondaryPartitionKey(DUE_INDEX)))
            .addAttribute(
                    String.class,
                    a -> a.name("dueAt")
                            .getter(ReminderItem::dueAt)
                            .setter(ReminderItem::dueAt)
                            .tags(secondarySortKey(DUE_INDEX)))
            .addAttribute(
                    String.class, a -> a.name("id").getter(ReminderItem::id).setter(ReminderItem::id))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(ReminderItem::customer).setter(ReminderItem::customer))
            .addAttribute(
                    String.class,
                    a -> a.name("profileId").getter(ReminderItem::profileId).setter(ReminderItem::profileId))
            .addAttribute(
                    String.class, a -> a.name("text").getter(ReminderItem::text).setter(ReminderItem::text))
            .addAttribute(
                    String.class, a -> a.name("zone").getter(ReminderItem::zone).setter(ReminderItem::zone))
            .addAttribute(
                    String.class,
                    a -> a.name("start").getter(ReminderItem::start).setter(ReminderItem::start))
            .addAttribute(
                    String.class, a -> a.name("rule").getter(ReminderItem::rule).setter(ReminderItem::rule))
            .addAttribute(
                    String.class,
                    a -> a.name("nextAt").getter(ReminderItem::nextAt).setter(ReminderItem::nextAt))
            .addAttribute(
                    Integer.class,
                    a -> a.name("delivered").getter(ReminderItem::delivered).setter(ReminderItem::delivered))
            .addAttribute(
                    String.class,
                    a -> a.name("createdAt").getter(ReminderItem::createdAt).setter(ReminderItem::createdAt))
            .build();

    private String pk;
    private String sk;
    private String dueSlot;
    private String dueAt;
    private String id;
    private String customer;
    private String profileId;
    private String text;
    private String zone;
    private String start;
    private String rule;
    private String nextAt;
    private Integer delivered;
    private String createdAt;

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

    String dueSlot() {
        return dueSlot;
    }

    void dueSlot(String v) {
        dueSlot = v;
    }

    String dueAt() {
        return dueAt;
    }

    void dueAt(String v) {
        dueAt = v;
    }

    String id() {
        return id;
    }

    void id(String v) {
        id = v;
    }

    String customer() {
        return customer;
    }

    void customer(String v) {
        customer = v;
    }

    String profileId() {
        return profileId;
    }

    void profileId(String v) {
        profileId = v;
    }

    String text() {
        return text;
    }

    void text(String v) {
        text = v;
    }

    String zone() {
        return zone;
    }

    void zone(String v) {
        zone = v;
    }

    String start() {
        return start;
    }

    void start(String v) {
        start = v;
    }

    String rule() {
        return rule;
    }

    void rule(String v) {
        rule = v;
    }

    String nextAt() {
        return nextAt;
    }

    void nextAt(String v) {
        nextAt = v;
    }

    Integer delivered() {
        return delivered;
    }

    void delivered(Integer v) {
        delivered = v;
    }

    String createdAt() {
        return createdAt;
    }

    void createdAt(String v) {
        createdAt = v;
    }
}
