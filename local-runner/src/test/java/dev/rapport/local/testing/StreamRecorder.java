package dev.rapport.local.testing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every stream record it is given; items with {@code poison = true} always fail. */
public final class StreamRecorder implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    /** Ids in delivery order, one entry per delivery. */
    public static final List<String> DELIVERED = new CopyOnWriteArrayList<>();

    /**
     * Deletions, one entry per delivery: the id and who deleted it ({@code userIdentity}), as "id by type principal".
     */
    public static final List<String> REMOVED = new CopyOnWriteArrayList<>();

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            String id = record.getDynamodb().getKeys().get("id").getS();
            DELIVERED.add(id);
            if ("REMOVE".equals(record.getEventName())) {
                REMOVED.add(id + " by "
                        + (record.getUserIdentity() == null
                                ? "a client"
                                : record.getUserIdentity().getType() + " "
                                        + record.getUserIdentity().getPrincipalId()));
            }
            AttributeValue poison = record.getDynamodb().getNewImage() == null
                    ? null
                    : record.getDynamodb().getNewImage().get("poison");
            if (poison != null && Boolean.TRUE.equals(poison.getBOOL())) {
                failures.add(new StreamsEventResponse.BatchItemFailure(
                        record.getDynamodb().getSequenceNumber()));
            }
        }
        return new StreamsEventResponse(failures);
    }
}
