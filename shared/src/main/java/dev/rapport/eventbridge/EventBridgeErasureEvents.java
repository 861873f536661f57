package dev.rapport.eventbridge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.json.Json;
import dev.rapport.personaldata.ErasureEvents;
import java.time.Instant;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * {@code CustomerErased} from {@code rapport.personaldata} on the bus that carries the handoff
 * events, so whoever keeps a handoff's summary hears on the same bus that its customer is gone.
 */
public final class EventBridgeErasureEvents implements ErasureEvents {

    public static final String SOURCE = "rapport.personaldata";
    public static final String DETAIL_TYPE = "CustomerErased";

    private final EventBridgeClient client;
    private final String busName;

    public EventBridgeErasureEvents(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    @Override
    public void erased(String customerHash, Instant at) {
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(SOURCE)
                .detailType(DETAIL_TYPE)
                .time(at)
                .detail(detail(customerHash, at))
                .build();
        PutEventsResponse response = client.putEvents(b -> b.entries(entry));
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            throw new IllegalStateException("EventBridge refused the erasure event: "
                    + response.entries().getFirst().errorCode());
        }
    }

    /** The same {@code customerId} the handoff events carry, so a consumer can find what it kept. */
    static String detail(String customerHash, Instant at) {
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("customerId", customerHash);
        detail.put("erasedAt", at.toString());
        return detail.toString();
    }
}
