package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A profile's memory book in one item (current memories, history, curated turns as JSON), so the
 * chat turn reads it in the same batch as the session. Bounded by the book's capacity and history
 * limits, far below DynamoDB's 400 KB. Mutable only for the mapper.
 */
final class MemoryBookItem {

    static final String SORT_KEY = "BOOK";

    static final TableSchema<MemoryBookItem> SCHEMA = StaticTableSchema.builder(MemoryBookItem.class)
            .newItemSupplier(MemoryBookItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(MemoryBookItem::pk)
                            .setter(MemoryBookItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("sk")
                            .getter(MemoryBookItem::sk)
                            .setter(MemoryBookItem::sk)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("customer").getter(MemoryBookItem::customer).setter(MemoryBookItem::customer))
            .addAttribute(
                    Long.class,
                    a -> a.name("version").getter(MemoryBookItem::version).setter(MemoryBookItem::version))
            .addAttribute(
                    String.class,
                    a -> a.name("book").getter(MemoryBookItem::book).setter(MemoryBookItem::book))
            .addAttribute(
                    String.class,
                    a -> a.name("updatedAt").getter(MemoryBookItem::updatedAt).setter(MemoryBookItem::updatedAt))
            .build();

    private String pk;
    private String sk;
    private String customer;
    private Long version;
    private String book;
    private String updatedAt;

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

    Long version() {
        return version;
    }

    void version(Long v) {
        version = v;
    }

    String book() {
        return book;
    }

    void book(String v) {
        book = v;
    }

    String updatedAt() {
        return updatedAt;
    }

    void updatedAt(String v) {
        updatedAt = v;
    }
}
