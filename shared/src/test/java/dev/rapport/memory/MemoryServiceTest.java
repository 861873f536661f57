package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.settings.Profiles;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The customer's view of their memories, on the embedded DynamoDB. */
class MemoryServiceTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final String table = dynamo.createMemoryTable();
    private final DynamoDbMemoryStore store = new DynamoDbMemoryStore(dynamo.client(), table, Clock.systemUTC());
    private final Profiles profiles =
            new Profiles(new DynamoDbSettingsStore(dynamo.enhanced(), table, Clock.systemUTC()));
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());

    @Test
    void aFullBookIsReportedAsFull() {
        MemoryService service = new MemoryService(store, profiles, new PiiRedactor(), 1, BirthdayAudience.NONE);
        MemoryBook book = MemoryBook.empty(1)
                .apply(
                        new RuleBasedExtractor().extract(ExtractionInput.of("I'm vegetarian")),
                        new Provenance("t1", "s1", Instant.parse("2026-11-24T10:00:00Z"), "I'm vegetarian"),
                        new Consent(true, false))
                .book();
        store.save(Owner.of(alice, null), new MemoryStore.Versioned(MemoryBook.empty(1), 0), book);

        MemoryService.Listing listing = service.list(alice, null);

        assertThat(listing.memories()).hasSize(1);
        assertThat(listing.full()).isTrue();
        assertThat(new MemoryService(store, profiles, new PiiRedactor(), 200, BirthdayAudience.NONE)
                        .list(alice, null)
                        .full())
                .isFalse();
    }

    @Test
    void unknownIdsAndBadProfilesAreProblemsNotLeaks() {
        MemoryService service = new MemoryService(store, profiles, new PiiRedactor(), 200, BirthdayAudience.NONE);

        assertThatThrownBy(() -> service.delete(alice, null, "no-such-id"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThatThrownBy(() -> service.list(alice, "../other"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(400));
    }
}
