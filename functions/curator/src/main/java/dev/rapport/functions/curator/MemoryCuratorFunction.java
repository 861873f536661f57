package dev.rapport.functions.curator;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.rapport.config.Environment;
import dev.rapport.memory.MemoryBookChange;
import dev.rapport.memory.Rejection;
import dev.rapport.memory.MemoryCurator;
import dev.rapport.memory.TurnRecorded;
import dev.rapport.observability.Telemetry;
import dev.rapport.wiring.CuratorApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the conversations table's stream: every new turn is curated into the profile's memory
 * book. Records are handled in order; the first that fails is reported with its sequence number,
 * so Lambda retries from it (and only from it) and a poison record ends in the on-failure queue
 * without blocking the shard.
 */
public final class MemoryCuratorFunction implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryCuratorFunction.class);

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
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            try {
                Optional<TurnRecorded> turn = TurnRecords.of(record);
                if (turn.isPresent()) {
                    record(curator.curate(turn.get()));
                }
            } catch (RuntimeException e) {
                // The class only: messages can quote what the customer said.
                LOG.error("curation failed", entry("error", e.getClass().getName()),
                        entry("eventID", record.getEventID()));
                Telemetry.count("CurationFailures");
                failures.add(new StreamsEventResponse.BatchItemFailure(record.getDynamodb().getSequenceNumber()));
                break;
            }
        }
        return new StreamsEventResponse(failures);
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
