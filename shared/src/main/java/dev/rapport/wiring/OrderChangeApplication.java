package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.eventbridge.EventBridgeOrderChangeEvents;
import dev.rapport.integrations.OrderChangeAnnouncer;
import dev.rapport.storage.dynamodb.DynamoDbPublicationLedger;
import java.time.Clock;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * What the orders-stream consumer runs: confirmed changes out on the bus Rapport announces on (the
 * handoff bus, beside HandoffRequested and CustomerErased), with the ledger of what went out.
 */
public record OrderChangeApplication(OrderChangeAnnouncer announcer) {

    public static OrderChangeApplication fromEnvironment(Environment env) {
        EventBridgeClient bus = EventBridgeClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        return new OrderChangeApplication(new OrderChangeAnnouncer(
                new EventBridgeOrderChangeEvents(bus, env.get("HANDOFF_EVENT_BUS", "rapport-local-handoffs")),
                new DynamoDbPublicationLedger(
                        AwsClients.dynamoDb(),
                        env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"),
                        Clock.systemUTC(),
                        ConversationStreamApplication.CLAIM_TIMEOUT,
                        ConversationStreamApplication.KEEP)));
    }
}
