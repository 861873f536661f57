package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** The session item: the state the next turn needs, in one read. Mutable only for the mapper. */
final class SessionItem {

    static final String SORT_KEY = "SESSION";
    /** The UTC day a session started: only sessions carry it, so the sessionsByDay index holds nothing else. */
    static final String START_DAY = "startDay";

    static final String BY_DAY_INDEX = "sessionsByDay";

    /** Built without reflection: cheaper cold starts than bean introspection. */
    static final TableSchema<SessionItem> SCHEMA = StaticTableSchema.builder(SessionItem.class)
            .newItemSupplier(SessionItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(SessionItem::pk)
                            .setter(SessionItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(SessionItem::sk)
                            .setter(SessionItem::sk)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sessionId").getter(SessionItem::sessionId).setter(SessionItem::sessionId))
            .addAttribute(
                    Long.class,
                    a -> a.name("version").getter(SessionItem::version).setter(SessionItem::version))
            .addAttribute(
                    Integer.class,
                    a -> a.name("turnCount").getter(SessionItem::turnCount).setter(SessionItem::turnCount))
            .addAttribute(
                    String.class,
                    a -> a.name("summary").getter(SessionItem::summary).setter(SessionItem::summary))
            .addAttribute(
                    String.class,
                    a -> a.name("window").getter(SessionItem::window).setter(SessionItem::window))
            .addAttribute(
                    String.class,
                    a -> a.name("createdAt")
                            .getter(SessionItem::createdAt)
                            .setter(SessionItem::createdAt)
                            .tags(StaticAttributeTags.secondarySortKey(BY_DAY_INDEX)))
            .addAttribute(
                    String.class,
                    a -> a.name(START_DAY)
                            .getter(SessionItem::startDay)
                            .setter(SessionItem::startDay)
                            .tags(StaticAttributeTags.secondaryPartitionKey(BY_DAY_INDEX)))
            .addAttribute(
                    String.class,
                    a -> a.name("updatedAt").getter(SessionItem::updatedAt).setter(SessionItem::updatedAt))
            .addAttribute(
                    Long.class,
                    a -> a.name("expiresAt").getter(SessionItem::expiresAt).setter(SessionItem::expiresAt))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(SessionItem::customer).setter(SessionItem::customer))
            .addAttribute(
                    String.class,
                    a -> a.name("placeholders")
                            .getter(SessionItem::placeholders)
                            .setter(SessionItem::placeholders))
            .addAttribute(
                    String.class,
                    a -> a.name("vault").getter(SessionItem::vault).setter(SessionItem::vault))
            .addAttribute(
                    String.class,
                    a -> a.name("handedOffAt").getter(SessionItem::handedOffAt).setter(SessionItem::handedOffAt))
            .addAttribute(
                    String.class,
                    a -> a.name("pendingActions")
                            .getter(SessionItem::pendingActions)
                            .setter(SessionItem::pendingActions))
            .addAttribute(
                    String.class,
                    a -> a.name("pendingConsent")
                            .getter(SessionItem::pendingConsent)
                            .setter(SessionItem::pendingConsent))
            .addAttribute(
                    String.class,
                    a -> a.name("agent").getter(SessionItem::agent).setter(SessionItem::agent))
            .build();

    private String pk;
    private String sk;
    private String sessionId;
    private Long version;
    private Integer turnCount;
    private String summary;
    private String window;
    private String createdAt;
    private String startDay;
    private String updatedAt;
    private Long expiresAt;

    /** The conversation's placeholder ledger as JSON: keyed fingerprints → placeholders, never values. */
    private String placeholders;

    String placeholders() {
        return placeholders;
    }

    /** Values an action may need, AES-GCM sealed per conversation with an expiry: placeholder → sealed value. */
    private String vault;

    String vault() {
        return vault;
    }

    void vault(String v) {
        vault = v;
    }

    void placeholders(String v) {
        placeholders = v;
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

    Long version() {
        return version;
    }

    void version(Long v) {
        version = v;
    }

    Integer turnCount() {
        return turnCount;
    }

    void turnCount(Integer v) {
        turnCount = v;
    }

    String summary() {
        return summary;
    }

    void summary(String v) {
        summary = v;
    }

    String window() {
        return window;
    }

    void window(String v) {
        window = v;
    }

    String createdAt() {
        return createdAt;
    }

    void createdAt(String v) {
        createdAt = v;
    }

    String startDay() {
        return startDay;
    }

    void startDay(String v) {
        startDay = v;
    }

    String updatedAt() {
        return updatedAt;
    }

    void updatedAt(String v) {
        updatedAt = v;
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

    /** When the session went to a person; absent until then, so later turns never queue it again. */
    private String handedOffAt;

    String handedOffAt() {
        return handedOffAt;
    }

    void handedOffAt(String v) {
        handedOffAt = v;
    }

    void customer(String v) {
        customer = v;
    }

    /** Proposed order changes awaiting the customer's yes, as JSON; absent when there are none. */
    private String pendingActions;

    String pendingActions() {
        return pendingActions;
    }

    void pendingActions(String v) {
        pendingActions = v;
    }

    /** JSON of the consent question asked last turn; absent when none waits (and on older sessions). */
    private String pendingConsent;

    String pendingConsent() {
        return pendingConsent;
    }

    void pendingConsent(String v) {
        pendingConsent = v;
    }

    /** The wire name of the specialist that answered the last turn; absent before specialists and on older sessions. */
    private String agent;

    String agent() {
        return agent;
    }

    void agent(String v) {
        agent = v;
    }
}
