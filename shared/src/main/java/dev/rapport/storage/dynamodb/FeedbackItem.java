package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** Feedback on one turn, in the turn's own partition, so it expires and is erased with it. */
final class FeedbackItem {

    static final String SORT_PREFIX = "FEEDBACK#";

    static final TableSchema<FeedbackItem> SCHEMA = StaticTableSchema.builder(FeedbackItem.class)
            .newItemSupplier(FeedbackItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(FeedbackItem::pk)
                            .setter(FeedbackItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(FeedbackItem::sk)
                            .setter(FeedbackItem::sk)
                            .tags(primarySortKey()))
            // Not "turnId": the byTurn index must hold turns only.
            .addAttribute(
                    String.class,
                    a -> a.name("ratedTurn").getter(FeedbackItem::ratedTurn).setter(FeedbackItem::ratedTurn))
            .addAttribute(
                    Integer.class,
                    a -> a.name("rating").getter(FeedbackItem::rating).setter(FeedbackItem::rating))
            .addAttribute(
                    String.class,
                    a -> a.name("thumbs").getter(FeedbackItem::thumbs).setter(FeedbackItem::thumbs))
            .addAttribute(
                    String.class,
                    a -> a.name("comment").getter(FeedbackItem::comment).setter(FeedbackItem::comment))
            .addAttribute(
                    String.class, a -> a.name("at").getter(FeedbackItem::at).setter(FeedbackItem::at))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(FeedbackItem::customer).setter(FeedbackItem::customer))
            .addAttribute(
                    Long.class,
                    a -> a.name("expiresAt").getter(FeedbackItem::expiresAt).setter(FeedbackItem::expiresAt))
            .build();

    private String pk;
    private String sk;
    private String ratedTurn;
    private Integer rating;
    private String thumbs;
    private String comment;
    private String at;
    private String customer;
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

    String ratedTurn() {
        return ratedTurn;
    }

    void ratedTurn(String v) {
        ratedTurn = v;
    }

    Integer rating() {
        return rating;
    }

    void rating(Integer v) {
        rating = v;
    }

    String thumbs() {
        return thumbs;
    }

    void thumbs(String v) {
        thumbs = v;
    }

    String comment() {
        return comment;
    }

    void comment(String v) {
        comment = v;
    }

    String at() {
        return at;
    }

    void at(String v) {
        at = v;
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
