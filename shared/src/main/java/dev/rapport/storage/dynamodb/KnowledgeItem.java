package dev.rapport.storage.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * One FAQ, document or passage of the knowledge table, keyed {@code FAQ#id}, {@code DOC#id} or
 * {@code PASSAGE#id}. The record itself is JSON; the vector is float32 little-endian bytes (a
 * 1024-dimension Titan vector is 4 KB, far under the item limit).
 */
final class KnowledgeItem {

    static final String FAQ = "FAQ#";
    static final String DOCUMENT = "DOC#";
    static final String PASSAGE = "PASSAGE#";

    static final TableSchema<KnowledgeItem> SCHEMA = StaticTableSchema.builder(KnowledgeItem.class)
            .newItemSupplier(KnowledgeItem::new)
            .addAttribute(
                    String.class,
                    a -> a.name("pk")
                            .getter(KnowledgeItem::pk)
                            .setter(KnowledgeItem::pk)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("body").getter(KnowledgeItem::body).setter(KnowledgeItem::body))
            .addAttribute(
                    String.class,
                    a -> a.name("model").getter(KnowledgeItem::model).setter(KnowledgeItem::model))
            .addAttribute(
                    SdkBytes.class,
                    a -> a.name("vector").getter(KnowledgeItem::vector).setter(KnowledgeItem::vector))
            .addAttribute(
                    String.class,
                    a -> a.name("updatedAt").getter(KnowledgeItem::updatedAt).setter(KnowledgeItem::updatedAt))
            .build();

    private String pk;
    private String body;
    private String model;
    private SdkBytes vector;
    private String updatedAt;

    String pk() {
        return pk;
    }

    void pk(String v) {
        pk = v;
    }

    String body() {
        return body;
    }

    void body(String v) {
        body = v;
    }

    String model() {
        return model;
    }

    void model(String v) {
        model = v;
    }

    SdkBytes vector() {
        return vector;
    }

    void vector(SdkBytes v) {
        vector = v;
    }

    String updatedAt() {
        return updatedAt;
    }

    void updatedAt(String v) {
        updatedAt = v;
    }
}
