package dev.rapport.eventbridge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.handoff.HandoffEvent;
import dev.rapport.handoff.HandoffEvents;
import dev.rapport.json.Json;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * Handoffs as {@code HandoffRequested} and {@code HandoffClosed} events from {@code rapport.handoff} on the configured
 * bus.
 */
public final class EventBridgeHandoffEvents implements HandoffEvents {

    private final EventBridgeClient client;
    private final String busName;

    public EventBridgeHandoffEvents(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    @Override
    public void publish(HandoffEvent event) {
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(HandoffEvent.SOURCE)
                .detailType(event.detailType())
                .time(event.time())
                .detail(detail(event))
                .build();
        PutEventsResponse response = client.putEvents(b -> b.entries(entry));
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            // PutEvents answers 200 with per-entry failures; left unchecked, the event would be lost silently.
            throw new IllegalStateException("EventBridge refused the handoff event: "
                    + response.entries().getFirst().errorCode());
        }
    }

    static String detail(HandoffEvent event) {
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("handoffId", event.handoffId());
        detail.put("sessionId", event.sessionId());
        detail.put("customerId", event.customerId());
        detail.put("reason", event.reason().wire());
        detail.put("createdAt", event.createdAt().toString());
        detail.set("summary", Json.MAPPER.valueToTree(event.summary()));
        detail.set("sentimentTrend", Json.MAPPER.valueToTree(event.sentimentTrend()));
        detail.set("emotionTrend", Json.MAPPER.valueToTree(event.emotionTrend()));
        if (event.closure() != null) {
            detail.put("closedAt", event.closure().closedAt().toString());
            detail.put("closedBy", event.closure().closedBy());
            detail.put("resolution", event.closure().resolution());
        }
        return detail.toString();
    }
}
