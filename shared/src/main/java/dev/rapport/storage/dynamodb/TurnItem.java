package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** One turn, in the session's partition under {@code TURN#<zero-padded seq>} so a query reads them in order. */
final class TurnItem {

    static final String SORT_PREFIX = "TURN#";

    static final TableSchema<TurnItem> SCHEMA = StaticTableSchema.builder(TurnItem.class)
            .newItemSupplier(TurnItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk").getter(TurnItem::pk).setter(TurnItem::pk).tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk").getter(TurnItem::sk).setter(TurnItem::sk).tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sessionId").getter(TurnItem::sessionId).setter(TurnItem::sessionId))
            .addAttribute(
                    Integer.class, a -> a.name("seq").getter(TurnItem::seq).setter(TurnItem::seq))
            .addAttribute(
                    String.class, a -> a.name("turnId").getter(TurnItem::turnId).setter(TurnItem::turnId))
            .addAttribute(String.class, a -> a.name("at").getter(TurnItem::at).setter(TurnItem::at))
            .addAttribute(
                    String.class,
                    a -> a.name("message").getter(TurnItem::message).setter(TurnItem::message))
            .addAttribute(
                    String.class, a -> a.name("reply").getter(TurnItem::reply).setter(TurnItem::reply))
            .addAttribute(
                    String.class,
                    a -> a.name("sentiment").getter(TurnItem::sentiment).setter(TurnItem::sentiment))
            .addAttribute(
                    Boolean.class,
                    a -> a.name("handoff").getter(TurnItem::handoff).setter(TurnItem::handoff))
            .addAttribute(
                    Integer.class,
                    a -> a.name("inputTokens").getter(TurnItem::inputTokens).setter(TurnItem::inputTokens))
            .addAttribute(
                    Integer.class,
                    a -> a.name("outputTokens").getter(TurnItem::outputTokens).setter(TurnItem::outputTokens))
            .addAttribute(
                    String.class, a -> a.name("photo").getter(TurnItem::photo).setter(TurnItem::photo))
            .addAttribute(
                    Long.class,
                    a -> a.name("expiresAt").getter(TurnItem::expiresAt).setter(TurnItem::expiresAt))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(TurnItem::customer).setter(TurnItem::customer))
            .addAttribute(
                    Long.class,
                    a -> a.name("latencyMs").getter(TurnItem::latencyMs).setter(TurnItem::latencyMs))
            .addAttribute(
                    String.class, a -> a.name("source").getter(TurnItem::source).setter(TurnItem::source))
            .addAttribute(
                    String.class,
                    a -> a.name("emotion").getter(TurnItem::emotion).setter(TurnItem::emotion))
            .addAttribute(
                    String.class,
                    a -> a.name("consentAnswer").getter(TurnItem::consentAnswer).setter(TurnItem::consentAnswer))
            .addAttribute(
                    String.class, a -> a.name("agent").getter(TurnItem::agent).setter(TurnItem::agent))
            .addAttribute(
                    String.class, a -> a.name("audio").getter(TurnItem::audio).setter(TurnItem::audio))
            .build();

    private String pk;
    private String sk;
    private String sessionId;
    private Integer seq;
    private String turnId;
    private String at;
    private String message;
    private String reply;
    private String sentiment;
    private Boolean handoff;
    private Integer inputTokens;
    private Integer outputTokens;
    private Long expiresAt;
    /** A photo's reference as JSON (hash, size, format, dimensions), never its bytes; absent on text turns. */
    private String photo;

    static String sortKey(int seq) {
        return SORT_PREFIX + String.format("%010d", seq);
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

    Integer seq() {
        return seq;
    }

    void seq(Integer v) {
        seq = v;
    }

    String turnId() {
        return turnId;
    }

    void turnId(String v) {
        turnId = v;
    }

    String at() {
        return at;
    }

    void at(String v) {
        at = v;
    }

    String message() {
        return message;
    }

    void message(String v) {
        message = v;
    }

    String reply() {
        return reply;
    }

    void reply(String v) {
        reply = v;
    }

    String sentiment() {
        return sentiment;
    }

    void sentiment(String v) {
        sentiment = v;
    }

    Boolean handoff() {
        return handoff;
    }

    void handoff(Boolean v) {
        handoff = v;
    }

    Integer inputTokens() {
        return inputTokens;
    }

    void inputTokens(Integer v) {
        inputTokens = v;
    }

    Integer outputTokens() {
        return outputTokens;
    }

    void outputTokens(Integer v) {
        outputTokens = v;
    }

    String photo() {
        return photo;
    }

    void photo(String v) {
        photo = v;
    }

    Long expiresAt() {
        return expiresAt;
    }

    void expiresAt(Long v) {
        expiresAt = v;
    }

    /** The owner's customer hash: the key of the byCustomer index that export and erasure read. */
    private String customer;

    String customer() {
        return customer;
    }

    void customer(String v) {
        customer = v;
    }

    /** From the turn's start to its commit, for the latency figures; absent when it cannot be told. */
    private Long latencyMs;

    private String source;
    /** Absent on turns stored before emotions were read. */
    private String emotion;

    Long latencyMs() {
        return latencyMs;
    }

    void latencyMs(Long v) {
        latencyMs = v;
    }

    /** A voice note's reference as JSON (hash, duration, format), never its audio; absent on other turns. */
    private String audio;

    String audio() {
        return audio;
    }

    void audio(String v) {
        audio = v;
    }

    /** JSON of the customer's yes or no to a consent question, read by the curator; absent on other turns. */
    private String consentAnswer;

    String consentAnswer() {
        return consentAnswer;
    }

    void consentAnswer(String v) {
        consentAnswer = v;
    }

    String emotion() {
        return emotion;
    }

    void emotion(String v) {
        emotion = v;
    }

    String source() {
        return source;
    }

    void source(String v) {
        source = v;
    }

    /** The wire name of the specialist that led the turn; absent on turns stored before specialists. */
    private String agent;

    String agent() {
        return agent;
    }

    void agent(String v) {
        agent = v;
    }
}
