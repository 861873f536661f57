package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A session's handoff, beside the session in its partition, expiring and erased with the
 * conversation. The open one sits at a fixed sort key, so a session has at most one open; closing
 * moves it to {@code HANDOFF#<createdAt>}, which frees the fixed key for the session's next
 * handoff. Only handoffs carry {@code handoffQueue} ({@code OPEN} or {@code CLOSED}), so the queue
 * index holds nothing else.
 */
final class HandoffItem {

    static final String SORT_KEY = "HANDOFF";
    static final String QUEUE_INDEX = "openHandoffs";
    static final String CLOSED_PREFIX = "HANDOFF#";

    static final TableSchema<HandoffItem> SCHEMA = StaticTableSchema.builder(HandoffItem.class)
            .newItemSupplier(HandoffItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(HandoffItem::pk)
                            .setter(HandoffItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(HandoffItem::sk)
                            .setter(HandoffItem::sk)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("handoffQueue")
                            .getter(HandoffItem::handoffQueue)
                            .setter(HandoffItem::handoffQueue)
                            .tags(secondaryPartitionKey(QUEUE_INDEX)))
            .addAttribute(
                    String.class,
                    a -> a.name("createdAt")
                            .getter(HandoffItem::createdAt)
                            .setter(HandoffItem::createdAt)
                            .tags(secondarySortKey(QUEUE_INDEX)))
            .addAttribute(
                    String.class,
                    a -> a.name("sessionId").getter(HandoffItem::sessionId).setter(HandoffItem::sessionId))
            .addAttribute(
                    String.class,
                    a -> a.name("reason").getter(HandoffItem::reason).setter(HandoffItem::reason))
            .addAttribute(
                    String.class,
                    a -> a.name("summary").getter(HandoffItem::summary).setter(HandoffItem::summary))
            .addAttribute(
                    String.class,
                    a -> a.name("sentimentTrend")
                            .getter(HandoffItem::sentimentTrend)
                            .setter(HandoffItem::sentimentTrend))
            .addAttribute(
                    String.class,
                    a -> a.name("emotionTrend")
                            .getter(HandoffItem::emotionTrend)
                            .setter(HandoffItem::emotionTrend))
            .addAttribute(
                    String.class,
                    a -> a.name("transcript").getter(HandoffItem::transcript).setter(HandoffItem::transcript))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(HandoffItem::customer).setter(HandoffItem::customer))
            .addAttribute(
                    String.class,
                    a -> a.name("closedAt").getter(HandoffItem::closedAt).setter(HandoffItem::closedAt))
            .addAttribute(
                    String.class,
                    a -> a.name("closedBy").getter(HandoffItem::closedBy).setter(HandoffItem::closedBy))
            .addAttribute(
                    String.class,
                    a -> a.name("resolution").getter(HandoffItem::resolution).setter(HandoffItem::resolution))
            .addAttribute(
                    Long.class,
                    a -> a.name("expiresAt").getter(HandoffItem::expiresAt).setter(HandoffItem::expiresAt))
            .build();

    private String pk;
    private String sk;
    private String handoffQueue;
    private String createdAt;
    private String sessionId;
    private String reason;
    /** JSON lists, already redacted: summary notes, moods, transcript lines. */
    private String summary;

    private String sentimentTrend;
    private String transcript;
    /** Absent on handoffs recorded before emotions were read. */
    private String emotionTrend;
    /** The owner's customer hash, for the byCustomer index that export and erasure read. */
    private String customer;

    private Long expiresAt;
    /** Set when closed: when, by whom (a hashed subject), and the redacted note. */
    private String closedAt;

    private String closedBy;
    private String resolution;

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

    String handoffQueue() {
        return handoffQueue;
    }

    void handoffQueue(String v) {
        handoffQueue = v;
    }

    String createdAt() {
        return createdAt;
    }

    void createdAt(String v) {
        createdAt = v;
    }

    String sessionId() {
        return sessionId;
    }

    void sessionId(String v) {
        sessionId = v;
    }

    String reason() {
        return reason;
    }

    void reason(String v) {
        reason = v;
    }

    String summary() {
        return summary;
    }

    void summary(String v) {
        summary = v;
    }

    String sentimentTrend() {
        return sentimentTrend;
    }

    void sentimentTrend(String v) {
        sentimentTrend = v;
    }

    String emotionTrend() {
        return emotionTrend;
    }

    void emotionTrend(String v) {
        emotionTrend = v;
    }

    String transcript() {
        return transcript;
    }

    void transcript(String v) {
        transcript = v;
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

    String closedAt() {
        return closedAt;
    }

    void closedAt(String v) {
        closedAt = v;
    }

    String closedBy() {
        return closedBy;
    }

    void closedBy(String v) {
        closedBy = v;
    }

    String resolution() {
        return resolution;
    }

    void resolution(String v) {
        resolution = v;
    }
}
