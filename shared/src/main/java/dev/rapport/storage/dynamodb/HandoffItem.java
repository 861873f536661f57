package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A session's handoff, beside the session in its partition: one per session (a fixed sort key),
 * expiring and erased with the conversation. Only open handoffs carry {@code handoffQueue}, so the
 * queue index holds nothing else.
 */
final class HandoffItem {

    static final String SORT_KEY = "HANDOFF";
    static final String QUEUE_INDEX = "openHandoffs";
    static final String OPEN = "OPEN";

    static final TableSchema<HandoffItem> SCHEMA = StaticTableSchema.builder(HandoffItem.class)
            .newItemSupplier(HandoffItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(HandoffItem::pk).setter(HandoffItem::pk)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(HandoffItem::sk).setter(HandoffItem::sk)
                    .tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("handoffQueue").getter(HandoffItem::handoffQueue)
                    .setter(HandoffItem::handoffQueue).tags(secondaryPartitionKey(QUEUE_INDEX)))
            .addAttribute(String.class, a -> a.name("createdAt").getter(HandoffItem::createdAt)
                    .setter(HandoffItem::createdAt).tags(secondarySortKey(QUEUE_INDEX)))
            .addAttribute(String.class, a -> a.name("sessionId").getter(HandoffItem::sessionId).setter(HandoffItem::sessionId))
            .addAttribute(String.class, a -> a.name("reason").getter(HandoffItem::reason).setter(HandoffItem::reason))
            .addAttribute(String.class, a -> a.name("summary").getter(HandoffItem::summary).setter(HandoffItem::summary))
            .addAttribute(String.class, a -> a.name("sentimentTrend").getter(HandoffItem::sentimentTrend)
                    .setter(HandoffItem::sentimentTrend))
            .addAttribute(String.class, a -> a.name("emotionTrend").getter(HandoffItem::emotionTrend)
                    .setter(HandoffItem::emotionTrend))
            .addAttribute(String.class, a -> a.name("transcript").getter(HandoffItem::transcript)
                    .setter(HandoffItem::transcript))
            .addAttribute(String.class, a -> a.name("customer").getter(HandoffItem::customer).setter(HandoffItem::customer))
            .addAttribute(Long.class, a -> a.name("expiresAt").getter(HandoffItem::expiresAt).setter(HandoffItem::expiresAt))
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

    String pk() { return pk; }
    void pk(String v) { pk = v; }
    String sk() { return sk; }
    void sk(String v) { sk = v; }
    String handoffQueue() { return handoffQueue; }
    void handoffQueue(String v) { handoffQueue = v; }
    String createdAt() { return createdAt; }
    void createdAt(String v) { createdAt = v; }
    String sessionId() { return sessionId; }
    void sessionId(String v) { sessionId = v; }
    String reason() { return reason; }
    void reason(String v) { reason = v; }
    String summary() { return summary; }
    void summary(String v) { summary = v; }
    String sentimentTrend() { return sentimentTrend; }
    void sentimentTrend(String v) { sentimentTrend = v; }
    String emotionTrend() { return emotionTrend; }
    void emotionTrend(String v) { emotionTrend = v; }
    String transcript() { return transcript; }
    void transcript(String v) { transcript = v; }
    String customer() { return customer; }
    void customer(String v) { customer = v; }
    Long expiresAt() { return expiresAt; }
    void expiresAt(Long v) { expiresAt = v; }
}
