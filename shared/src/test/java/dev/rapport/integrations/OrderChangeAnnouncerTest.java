package dev.rapport.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.storage.dynamodb.DynamoDbPublicationLedger;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The outbox relay and its ledger on the embedded DynamoDB engine: one publication per change, a failure retried. */
class OrderChangeAnnouncerTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final List<OrderChangeRequest> published = new ArrayList<>();
    private final AtomicBoolean busDown = new AtomicBoolean();
    private final OrderChangeAnnouncer announcer = new OrderChangeAnnouncer(
            request -> {
                if (busDown.get()) {
                    throw new IllegalStateException("EventBridge refused the order change: InternalFailure");
                }
                published.add(request);
            },
            new DynamoDbPublicationLedger(
                    dynamo.enhanced(),
                    dynamo.createConversationTables().idempotency(),
                    Clock.systemUTC(),
                    Duration.ofMinutes(2),
                    Duration.ofDays(2)));

    @Test
    void aReplayedRecordPublishesNothingTwiceAndAFailedPublicationIsRetried() {
        OrderChangeRequest cancel = request("act-1");
        OrderChangeRequest rebook = request("act-2");

        busDown.set(true);
        assertThatThrownBy(() -> announcer.announce(rebook)).hasMessageContaining("InternalFailure");
        busDown.set(false);

        assertThat(announcer.announce(cancel)).isTrue();
        assertThat(announcer.announce(cancel)).isFalse();
        assertThat(announcer.announce(rebook)).isTrue();
        assertThat(announcer.announce(rebook)).isFalse();
        assertThat(published).extracting(OrderChangeRequest::requestId).containsExactly("act-1", "act-2");
    }

    private static OrderChangeRequest request(String id) {
        return new OrderChangeRequest(id, "hash", "7005", "cancel_order", null, Instant.parse("2026-12-07T09:01:00Z"));
    }
}
