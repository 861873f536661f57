package dev.rapport.functions.insight;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.rapport.config.Environment;
import dev.rapport.handoff.HandoffAnnouncer;
import dev.rapport.handoff.HandoffEvent;
import dev.rapport.observability.Telemetry;
import dev.rapport.wiring.HandoffEventsApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Off the chat's critical path: each new handoff item on the conversations stream becomes one
 * {@code HandoffRequested} event on the bus. The first record that fails is reported, so Lambda
 * retries from it; the announcer's ledger keeps a retried batch from announcing anything twice.
 */
public final class HandoffEventsFunction implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffEventsFunction.class);

    private static final class Default {
        static final HandoffEventsApplication APP = HandoffEventsApplication.fromEnvironment(Environment.system());
    }

    private final HandoffAnnouncer announcer;

    public HandoffEventsFunction() {
        this(Default.APP.announcer());
    }

    public HandoffEventsFunction(HandoffAnnouncer announcer) {
        this.announcer = announcer;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        return Telemetry.invocation(context, () -> handle(event));
    }

    private StreamsEventResponse handle(DynamodbEvent event) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            try {
                Optional<HandoffEvent> handoff = HandoffRecords.of(record);
                if (handoff.isPresent()) {
                    boolean sent = announcer.announce(handoff.get());
                    Telemetry.count(sent ? "HandoffEventsPublished" : "HandoffEventsAlreadyPublished");
                }
            } catch (RuntimeException e) {
                LOG.error("handoff event not published", entry("error", e.getClass().getName()),
                        entry("eventID", record.getEventID()));
                Telemetry.count("HandoffEventFailures");
                failures.add(new StreamsEventResponse.BatchItemFailure(record.getDynamodb().getSequenceNumber()));
                break;
            }
        }
        return new StreamsEventResponse(failures);
    }
}
