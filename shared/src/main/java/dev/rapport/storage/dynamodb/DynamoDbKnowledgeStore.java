package dev.rapport.storage.dynamodb;

import dev.rapport.json.Json;
import dev.rapport.knowledge.Embedded;
import dev.rapport.knowledge.FaqEntry;
import dev.rapport.knowledge.KnowledgeDocument;
import dev.rapport.knowledge.KnowledgeSnapshot;
import dev.rapport.knowledge.KnowledgeStore;
import dev.rapport.knowledge.Passage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The knowledge table. It is small (FAQs and passages of one business) and read whole, by a scan,
 * only when a function starts or its index is refreshed.
 */
public final class DynamoDbKnowledgeStore implements KnowledgeStore {

    private static final int BATCH = 25;

    private final DynamoDbEnhancedClient client;
    private final DynamoDbTable<KnowledgeItem> table;
    private final Clock clock;

    public DynamoDbKnowledgeStore(DynamoDbEnhancedClient client, String tableName, Clock clock) {
        this.client = client;
        this.table = client.table(tableName, KnowledgeItem.SCHEMA);
        this.clock = clock;
    }

    @Override
    public KnowledgeSnapshot load() {
        List<Embedded<FaqEntry>> faqs = new ArrayList<>();
        List<Embedded<Passage>> passages = new ArrayList<>();
        table.scan().items().forEach(item -> {
            if (item.pk().startsWith(KnowledgeItem.FAQ)) {
                faqs.add(embedded(Json.read(item.body(), FaqEntry.class), item));
            } else if (item.pk().startsWith(KnowledgeItem.PASSAGE)) {
                passages.add(embedded(Json.read(item.body(), Passage.class), item));
            }
        });
        return new KnowledgeSnapshot(faqs, passages);
    }

    /** A scan still, filtered by the table so the passages are never sent: FAQs are few, documents many. */
    @Override
    public KnowledgeSnapshot loadFaqs() {
        List<Embedded<FaqEntry>> faqs = new ArrayList<>();
        table.scan(r -> r.filterExpression(Expression.builder()
                        .expression("begins_with(pk, :faq)")
                        .putExpressionValue(":faq", AttributeValue.fromS(KnowledgeItem.FAQ))
                        .build()))
                .items()
                .forEach(item -> faqs.add(embedded(Json.read(item.body(), FaqEntry.class), item)));
        return new KnowledgeSnapshot(faqs, List.of());
    }

    @Override
    public void putFaq(Embedded<FaqEntry> faq) {
        table.putItem(item(KnowledgeItem.FAQ + faq.item().id(), faq.item(), faq));
    }

    /** The Enhanced Client asks for the old item back, so one call both deletes and tells whether it existed. */
    @Override
    public boolean deleteFaq(String id) {
        return table.deleteItem(r -> r.key(k -> k.partitionValue(KnowledgeItem.FAQ + id))) != null;
    }

    /**
     * The passages go first, then the document under a condition that it is new: a document is only
     * listed once all its passages are stored, and a taken id is refused before anything is written.
     */
    @Override
    public void addDocument(KnowledgeDocument document, List<Embedded<Passage>> passages) {
        String key = KnowledgeItem.DOCUMENT + document.id();
        if (table.getItem(r -> r.key(k -> k.partitionValue(key)).consistentRead(true)) != null) {
            throw new DuplicateDocumentException(document.id());
        }
        for (int from = 0; from < passages.size(); from += BATCH) {
            WriteBatch.Builder<KnowledgeItem> batch =
                    WriteBatch.builder(KnowledgeItem.class).mappedTableResource(table);
            passages.subList(from, Math.min(passages.size(), from + BATCH))
                    .forEach(p -> batch.addPutItem(
                            item(KnowledgeItem.PASSAGE + p.item().id(), p.item(), p)));
            var result = client.batchWriteItem(BatchWriteItemEnhancedRequest.builder()
                    .addWriteBatch(batch.build())
                    .build());
            if (!result.unprocessedPutItemsForTable(table).isEmpty()) {
                result.unprocessedPutItemsForTable(table).forEach(table::putItem);
            }
        }
        KnowledgeItem header = item(key, document, Embedded.plain(document));
        try {
            table.putItem(PutItemEnhancedRequest.builder(KnowledgeItem.class)
                    .item(header)
                    .conditionExpression(Expression.builder()
                            .expression("attribute_not_exists(pk)")
                            .build())
                    .build());
        } catch (ConditionalCheckFailedException e) {
            throw new DuplicateDocumentException(document.id());
        }
    }

    private KnowledgeItem item(String key, Object body, Embedded<?> embedded) {
        KnowledgeItem item = new KnowledgeItem();
        item.pk(key);
        item.body(Json.write(body));
        item.updatedAt(clock.instant().toString());
        if (embedded.vector() != null) {
            item.model(embedded.model());
            item.vector(SdkBytes.fromByteArray(bytes(embedded.vector())));
        }
        return item;
    }

    private static <T> Embedded<T> embedded(T value, KnowledgeItem item) {
        return item.vector() == null || item.model() == null
                ? Embedded.plain(value)
                : new Embedded<>(value, item.model(), floats(item.vector().asByteArray()));
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
            buffer.putFloat(v);
        }
        return buffer.array();
    }

    private static float[] floats(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = buffer.getFloat();
        }
        return vector;
    }
}
