package dev.rapport.functions.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.rapport.integrations.OrderChangeAnnouncer;
import dev.rapport.integrations.OrderChangeRequest;
import dev.rapport.storage.dynamodb.DynamoDbPublicationLedger;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The outbox relay driven by events/order-change-stream.json, with its ledger on the embedded DynamoDB engine. */
class OrderChangesFunctionTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final List<OrderChangeRequest> published = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final OrderChangesFunction function = new OrderChangesFunction(new OrderChangeAnnouncer(
            request -> {
                if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new IllegalStateException("EventBridge refused the order change: InternalFailure");
                }
                published.add(request);
            },
            new DynamoDbPublicationLedger(
                    dynamo.enhanced(),
                    dynamo.createConversationTables().idempotency(),
                    Clock.systemUTC(),
                    Duration.ofMinutes(2),
                    Duration.ofDays(2))));

    @Test
    void theConfirmedCancelGoesOutOnceAndTheOrdersOwnUpdateNot() {
        DynamodbEvent event = EventLoader.loadDynamoDbEvent("../../events/order-change-stream.json");

        StreamsEventResponse first = function.handleRequest(event, new TestContext());
        StreamsEventResponse replay = function.handleRequest(event, new TestContext());

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(replay.getBatchItemFailures()).isEmpty();
        assertThat(published).singleElement().satisfies(request -> {
            assertThat(request.requestId()).isEqualTo("3d6f1e2a-8b9c-4d0e-a1f2-b3c4d5e6f7a8");
            assertThat(request.orderId()).isEqualTo("1042");
            assertThat(request.type()).isEqualTo("cancel_order");
            assertThat(request.value()).isNull();
        });
    }

    @Test
    void aRefusedPublicationFailsItsRecordAndTheRetryPublishesIt() {
        DynamodbEvent event = EventLoader.loadDynamoDbEvent("../../events/order-change-stream.json");
        String fresh = java.util.UUID.randomUUID().toString();
        event.getRecords()
                .getFirst()
                .getDynamodb()
                .getNewImage()
                .get("actionId")
                .setS(fresh);
        failures.set(1);

        StreamsEventResponse failed = function.handleRequest(event, new TestContext());
        StreamsEventResponse retried = function.handleRequest(event, new TestContext());

        assertThat(failed.getBatchItemFailures())
                .extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("222200000000000000000001");
        assertThat(retried.getBatchItemFailures()).isEmpty();
        assertThat(published).extracting(OrderChangeRequest::requestId).containsExactly(fresh);
    }
}
