package dev.rapport.eventbridge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.integrations.OrderChangeEvents;
import dev.rapport.integrations.OrderChangeRequest;
import dev.rapport.json.Json;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/** Confirmed changes as {@code OrderChangeRequested} events from {@code rapport.orders} on the configured bus. */
public final class EventBridgeOrderChangeEvents implements OrderChangeEvents {

    public static final String SOURCE = "rapport.orders";
    public static final String DETAIL_TYPE = "OrderChangeRequested";

    private final EventBridgeClient client;
    private final String busName;

    public EventBridgeOrderChangeEvents(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    @Override
    public void publish(OrderChangeRequest request) {
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("requestId", request.requestId());
        detail.put("orderId", request.orderId());
        detail.put("change", request.type());
        if (request.value() != null) {
            detail.put("value", request.value());
        }
        detail.put("customerRef", request.customerRef());
        detail.put("requestedAt", request.requestedAt().toString());
        PutEventsResponse response = client.putEvents(b -> b.entries(PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(SOURCE)
                .detailType(DETAIL_TYPE)
                .time(request.requestedAt())
                .detail(detail.toString())
                .build()));
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            // PutEvents answers 200 with per-entry failures; left unchecked, the request would be lost silently.
            throw new IllegalStateException("EventBridge refused the order change: "
                    + response.entries().getFirst().errorCode());
        }
    }
}
