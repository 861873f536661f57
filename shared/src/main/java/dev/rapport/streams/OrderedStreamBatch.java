package dev.rapport.streams;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.rapport.observability.Telemetry;
import dev.rapport.problem.ProblemException;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DynamoDB stream batch handled in order. The first record that fails is reported with its
 * sequence number and the rest are left: Lambda retries from it (and only from it), so records
 * stay in order, and a poison record ends in the on-failure queue without blocking the shard.
 *
 * @param failureMetric the metric counted for each failed record
 */
public record OrderedStreamBatch(String failureMetric) {

    private static final Logger LOG = LoggerFactory.getLogger(OrderedStreamBatch.class);

    public StreamsEventResponse process(DynamodbEvent event, Consumer<DynamodbEvent.DynamodbStreamRecord> each) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            try {
                each.accept(record);
            } catch (ProblemException e) {
                if (!e.problem().type().endsWith("/account-erased")) {
                    return failed(record, e);
                }
                // The customer erased everything while this record waited: nothing of theirs is to be written.
                LOG.info("stream record of an erased account skipped", entry("eventID", record.getEventID()));
            } catch (RuntimeException e) {
                return failed(record, e);
            }
        }
        return new StreamsEventResponse(List.of());
    }

    private StreamsEventResponse failed(DynamodbEvent.DynamodbStreamRecord record, RuntimeException e) {
        // The class only: messages can quote what the customer said.
        LOG.error(
                "stream record not processed",
                entry("exception", e.getClass().getName()),
                entry("eventID", record.getEventID()),
                entry("metric", failureMetric));
        Telemetry.count(failureMetric);
        return new StreamsEventResponse(List.of(
                new StreamsEventResponse.BatchItemFailure(record.getDynamodb().getSequenceNumber())));
    }
}
