package dev.rapport.functions.integrations;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.rapport.config.Environment;
import dev.rapport.integrations.OrderChangeAnnouncer;
import dev.rapport.integrations.OrderChangeRequest;
import dev.rapport.observability.Telemetry;
import dev.rapport.streams.OrderedStreamBatch;
import dev.rapport.wiring.OrderChangeApplication;
import java.util.Optional;

/**
 * The outbox's relay, off the chat's path: the turn's own transaction wrote the audit record of a
 * confirmed change; from the orders table's stream it becomes one {@code OrderChangeRequested} on the
 * bus, once, however often the record is delivered.
 */
public final class OrderChangesFunction implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final OrderedStreamBatch BATCH = new OrderedStreamBatch("OrderChangeFailures");

    private static final class Default {
        static final OrderChangeAnnouncer ANNOUNCER =
                OrderChangeApplication.fromEnvironment(Environment.system()).announcer();
    }

    private final OrderChangeAnnouncer announcer;

    public OrderChangesFunction() {
        this(Default.ANNOUNCER);
    }

    public OrderChangesFunction(OrderChangeAnnouncer announcer) {
        this.announcer = announcer;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        return Telemetry.invocation(
                context,
                () -> BATCH.process(event, record -> {
                    Optional<OrderChangeRequest> request = OrderChangeRecords.of(record);
                    if (request.isPresent()) {
                        Telemetry.count(
                                announcer.announce(request.get())
                                        ? "OrderChangesPublished"
                                        : "OrderChangesAlreadyPublished");
                    }
                }));
    }
}
