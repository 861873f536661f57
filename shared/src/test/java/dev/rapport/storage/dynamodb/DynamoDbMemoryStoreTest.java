package dev.rapport.storage.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.memory.Memory;
import dev.rapport.memory.MemoryBook;
import dev.rapport.memory.MemoryStore;
import dev.rapport.memory.Polarity;
import dev.rapport.memory.Strength;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Memory books on the embedded DynamoDB, including items written before memories had a polarity. */
class DynamoDbMemoryStoreTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final String table = dynamo.createMemoryTable();
    private final DynamoDbMemoryStore store = new DynamoDbMemoryStore(dynamo.client(), table, Clock.systemUTC());
    private final Owner owner = Owner.of(new Caller("alice-" + UUID.randomUUID(), Set.of()), null);

    @Test
    void aBookStoredBeforePolarityAndStrengthLoadsWithThemDerived() {
        String oldBook = """
                {"memories":[{"id":"m1","category":"DISLIKE","slot":"preference:black","value":"dislikes",\
                "statement":"dislikes black","sensitive":false,"provenance":{"turnId":"t1","sessionId":"s1",\
                "at":"2026-01-05T10:00:00Z","quote":"I don't like black"},"status":"CURRENT","supersededBy":null},\
                {"id":"m2","category":"SIZE","slot":"size.clothing","value":"M","statement":"wears size M",\
                "sensitive":false,"provenance":{"turnId":"t2","sessionId":"s1","at":"2026-01-05T10:01:00Z",\
                "quote":"I wear M"},"status":"CURRENT","supersededBy":null}],"appliedTurns":["t1","t2"],"capacity":200}""";
        dynamo.client()
                .putItem(r -> r.tableName(table)
                        .item(Map.of(
                                "pk", AttributeValue.fromS(owner.key()),
                                "sk", AttributeValue.fromS("BOOK"),
                                "customer", AttributeValue.fromS(owner.customerHash()),
                                "version", AttributeValue.fromN("1"),
                                "book", AttributeValue.fromS(oldBook))));

        MemoryBook book = store.load(owner).orElseThrow().book();

        assertThat(book.current())
                .extracting(Memory::polarity, Memory::object, Memory::strength)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Polarity.AVOIDS, "black", Strength.NORMAL),
                        org.assertj.core.groups.Tuple.tuple(Polarity.REQUIRES, "M", Strength.NORMAL));
        assertThat(book.current()).allSatisfy(m -> assertThat(m.consent()).isNull());
        assertThat(book.declined()).isEmpty();
    }

    @Test
    void aConsentRecordAndADeclineSurviveASaveAndLoad() {
        var extractor = new dev.rapport.memory.RuleBasedExtractor();
        java.time.Instant at = java.time.Instant.parse("2026-12-01T10:00:00Z");
        var stated = new dev.rapport.memory.Provenance("t1", "s1", at, "");
        var nuts = new dev.rapport.memory.ConsentQuestion(
                extractor
                        .extract(dev.rapport.memory.ExtractionInput.of("I'm allergic to nuts"))
                        .candidates()
                        .getFirst(),
                stated);
        var gluten = new dev.rapport.memory.ConsentQuestion(
                extractor
                        .extract(dev.rapport.memory.ExtractionInput.of("I'm gluten intolerant"))
                        .candidates()
                        .getFirst(),
                stated);
        MemoryBook book = MemoryBook.empty()
                .answer(
                        new dev.rapport.memory.ConsentAnswer(nuts, true, at),
                        "t2",
                        dev.rapport.memory.Consent.memoryOnly())
                .book()
                .answer(
                        new dev.rapport.memory.ConsentAnswer(gluten, false, at),
                        "t3",
                        dev.rapport.memory.Consent.memoryOnly())
                .book();
        store.save(owner, new MemoryStore.Versioned(MemoryBook.empty(), 0), book);

        MemoryBook loaded = store.load(owner).orElseThrow().book();

        assertThat(loaded.current())
                .extracting(Memory::consent)
                .containsExactlyElementsOf(
                        book.current().stream().map(Memory::consent).toList());
        assertThat(loaded.current().getFirst().consent()).isNotNull();
        assertThat(loaded.declined()).isEqualTo(book.declined()).hasSize(1);
    }

    @Test
    void polarityObjectAndStrengthSurviveASaveAndLoad() {
        MemoryBook book = MemoryBook.empty()
                .apply(
                        new dev.rapport.memory.RuleBasedExtractor()
                                .extract(dev.rapport.memory.ExtractionInput.of("I strictly avoid soy and dairy")),
                        new dev.rapport.memory.Provenance("t1", "s1", java.time.Instant.EPOCH, "x"),
                        // Avoiding soy or dairy may tell an allergy or an intolerance: kept with the switch on.
                        dev.rapport.memory.Consent.everything())
                .book();
        store.save(owner, new MemoryStore.Versioned(MemoryBook.empty(), 0), book);

        assertThat(store.load(owner).orElseThrow().book().current())
                .extracting(Memory::polarity, Memory::object, Memory::strength)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Polarity.AVOIDS, "soy", Strength.STRICT),
                        org.assertj.core.groups.Tuple.tuple(Polarity.AVOIDS, "dairy", Strength.STRICT));
    }
}
