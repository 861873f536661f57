package dev.rapport.functions.insight;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.rapport.analytics.AnalyticsRecorder;
import dev.rapport.analytics.Observation;
import dev.rapport.analytics.Rating;
import dev.rapport.config.Environment;
import dev.rapport.handoff.HandoffAnnouncer;
import dev.rapport.handoff.HandoffEvent;
import dev.rapport.observability.Telemetry;
import dev.rapport.personaldata.ErasureEvents;
import dev.rapport.streams.OrderedStreamBatch;
import dev.rapport.wiring.ConversationStreamApplication;
import java.util.Optional;

/**
 * Off the chat's critical path, from the conversations stream: each new handoff becomes one
 * {@code HandoffRequested} event on the bus, an erasure confirmed in chat (its notice) one
 * {@code CustomerErased}, and turns, sessions, handoffs and feedback become per-day counters. One
 * consumer for all, because a DynamoDB stream shard serves at most two readers without throttling and
 * the memory curator is the other. Each effect is idempotent or expected more than once, so a batch
 * retried from its first failed record (or redelivered whole) announces and counts nothing twice, but
 * for a repeated {@code CustomerErased}, which consumers must take as the same erasure.
 */
public final class ConversationStreamFunction implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final OrderedStreamBatch BATCH = new OrderedStreamBatch("ConversationStreamFailures");

    private static final class Default {
        static final ConversationStreamApplication APP =
                ConversationStreamApplication.fromEnvironment(Environment.system());
    }

    private final HandoffAnnouncer announcer;
    private final AnalyticsRecorder recorder;
    private final ErasureEvents erasures;

    public ConversationStreamFunction() {
        this(Default.APP.announcer(), Default.APP.recorder(), Default.APP.erasures());
    }

    public ConversationStreamFunction(HandoffAnnouncer announcer, AnalyticsRecorder recorder, ErasureEvents erasures) {
        this.announcer = announcer;
        this.recorder = recorder;
        this.erasures = erasures;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        return Telemetry.invocation(context, () -> handle(event));
    }

    private StreamsEventResponse handle(DynamodbEvent event) {
        return BATCH.process(event, record -> {
            count(record);
            announce(record);
            ErasureRecords.of(record).ifPresent(notice -> {
                // A failure fails the record, and the stream delivers it again: announced at least once.
                erasures.erased(notice.customerHash(), notice.erasedAt());
                Telemetry.count("ErasureEventsPublished");
            });
        });
    }

    private void announce(DynamodbEvent.DynamodbStreamRecord record) {
        Optional<HandoffEvent> handoff = HandoffRecords.of(record);
        if (handoff.isPresent()) {
            Telemetry.count(
                    announcer.announce(handoff.get()) ? "HandoffEventsPublished" : "HandoffEventsAlreadyPublished");
        }
    }

    private void count(DynamodbEvent.DynamodbStreamRecord record) {
        Optional<Object> fact = AnalyticsRecords.of(record);
        if (fact.isPresent() && fact.get() instanceof Observation observation && !recorder.observed(observation)) {
            Telemetry.count("AnalyticsDuplicatesSkipped");
        } else if (fact.isPresent() && fact.get() instanceof Rating rating) {
            recorder.rated(rating);
        }
    }
}
