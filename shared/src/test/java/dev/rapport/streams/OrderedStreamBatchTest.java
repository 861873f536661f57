package dev.rapport.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import dev.rapport.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedStreamBatchTest {

    private final OrderedStreamBatch batch = new OrderedStreamBatch("TestFailures");

    @Test
    void theFirstFailingRecordIsReportedAndTheRecordsAfterItAreLeftForTheRetry() {
        List<String> handled = new ArrayList<>();

        StreamsEventResponse response = batch.process(event("100", "200", "300"), record -> {
            String sequence = record.getDynamodb().getSequenceNumber();
            if (sequence.equals("200")) {
                throw new IllegalStateException("poison");
            }
            handled.add(sequence);
        });

        assertThat(handled).containsExactly("100");
        assertThat(response.getBatchItemFailures())
                .extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("200");
    }

    @Test
    void aBatchHandledWholeReportsNoFailure() {
        List<String> handled = new ArrayList<>();

        StreamsEventResponse response = batch.process(
                event("100", "200"), record -> handled.add(record.getDynamodb().getSequenceNumber()));

        assertThat(handled).containsExactly("100", "200");
        assertThat(response.getBatchItemFailures()).isEmpty();
    }

    @Test
    void aRecordOfAnAccountErasedMeanwhileIsSkippedNotRetried() {
        List<String> handled = new ArrayList<>();

        StreamsEventResponse response = batch.process(event("100", "200", "300"), record -> {
            String sequence = record.getDynamodb().getSequenceNumber();
            if (sequence.equals("200")) {
                throw ProblemException.conflict("account-erased", "This account was just erased.");
            }
            handled.add(sequence);
        });

        assertThat(handled).containsExactly("100", "300");
        assertThat(response.getBatchItemFailures()).isEmpty();
    }

    @Test
    void anyOtherProblemStillStopsTheBatchForARetry() {
        StreamsEventResponse response = batch.process(event("100"), record -> {
            throw ProblemException.conflict("settings-busy", "Busy.");
        });

        assertThat(response.getBatchItemFailures()).hasSize(1);
    }

    private static DynamodbEvent event(String... sequences) {
        List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>();
        for (String sequence : sequences) {
            DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
            record.setEventID("event-" + sequence);
            record.setDynamodb(new StreamRecord().withSequenceNumber(sequence));
            records.add(record);
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        return event;
    }
}
