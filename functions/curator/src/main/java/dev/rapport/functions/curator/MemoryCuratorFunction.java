package dev.rapport.functions.curator;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.rapport.config.Environment;
import dev.rapport.memory.MemoryBookChange;
import dev.rapport.memory.MemoryCurator;
import dev.rapport.memory.Rejection;
import dev.rapport.observability.Telemetry;
import dev.rapport.streams.OrderedStreamBatch;
import dev.rapport.wiring.CuratorApplication;

/**
 * Consumes the conversations table's stream: every new turn is curated into the profile's memory
 * book, in order ({@link OrderedStreamBatch}).
 */
public final class MemoryCuratorFunction implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final OrderedStreamBatch BATCH = new OrderedStreamBatch("CurationFailures");

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final CuratorApplication APP = CuratorApplication.fromEnvironment(Environment.system());
    }

    private final MemoryCurator curator;

    public MemoryCuratorFunction() {
        this(Default.APP.curator());
    }

    public MemoryCuratorFunction(MemoryCurator curator) {
        this.curator = curator;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        return Telemetry.invocation(context, () -> handle(event));
    }

    private StreamsEventResponse handle(DynamodbEvent event) {
        return BATCH.process(
                event, record -> TurnRecords.of(record).map(curator::curate).ifPresent(MemoryCuratorFunction::record));
    }

    private static void record(MemoryBookChange change) {
        Telemetry.count("MemoryWrites", change.added().size());
        Telemetry.count("MemorySupersedes", change.superseded().size());
        Telemetry.count("MemoryForgets", change.forgotten().size());
        Telemetry.count("MemoryRejections", change.rejected().size());
        if (change.rejected(Rejection.Reason.INSTRUCTION)) {
            Telemetry.count("MemoryInstructionsRefused");
        }
    }
}
