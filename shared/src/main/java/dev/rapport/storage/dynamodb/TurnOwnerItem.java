package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** What the sparse {@code byTurn} index projects of a turn: where it is, whose it is, when it expires. */
final class TurnOwnerItem {

    static final String INDEX = "byTurn";

    static final TableSchema<TurnOwnerItem> SCHEMA = StaticTableSchema.builder(TurnOwnerItem.class)
            .newItemSupplier(TurnOwnerItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(TurnOwnerItem::pk)
                            .setter(TurnOwnerItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(TurnOwnerItem::sk)
                            .setter(TurnOwnerItem::sk)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("turnId")
                            .getter(TurnOwnerItem::turnId)
                            .setter(TurnOwnerItem::turnId)
                            .tags(secondaryPartitionKey(INDEX)))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(TurnOwnerItem::customer).setter(TurnOwnerItem::customer))
            .addAttribute(
                    Long.class,
                    a -> a.name("expiresAt").getter(TurnOwnerItem::expiresAt).setter(TurnOwnerItem::expiresAt))
            .build();

    private String pk;
    private String sk;
    private String turnId;
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

    String turnId() {
        return turnId;
    }

    void turnId(String v) {
        turnId = v;
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
