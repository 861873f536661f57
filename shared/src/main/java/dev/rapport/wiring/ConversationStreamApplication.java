package dev.rapport.wiring;

import dev.rapport.analytics.AnalyticsRecorder;
import dev.rapport.config.Environment;
import dev.rapport.eventbridge.EventBridgeErasureEvents;
import dev.rapport.eventbridge.EventBridgeHandoffEvents;
import dev.rapport.handoff.HandoffAnnouncer;
import dev.rapport.personaldata.ErasureEvents;
import dev.rapport.storage.dynamodb.DynamoDbPublicationLedger;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * What the conversations-stream consumer runs: the handoff bus with the ledger of what went out, the
 * figures' counters, and the announcement of erasures noticed in the table (those confirmed in chat).
 * The bus endpoint comes from the SDK's standard chain ({@code AWS_ENDPOINT_URL_EVENTBRIDGE}, or the
 * local stack's system property).
 */
public record ConversationStreamApplication(
        HandoffAnnouncer announcer, AnalyticsRecorder recorder, ErasureEvents erasures) {

    /** Well over the function's timeout: a claim older than this belongs to an invocation that died. */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);
    /** Longer than a stream keeps records (24 hours), so no redelivery can outlive the mark. */
    static final Duration KEEP = Duration.ofDays(2);

    public static ConversationStreamApplication fromEnvironment(Environment env) {
        EventBridgeClient bus = EventBridgeClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        String busName = env.get("HANDOFF_EVENT_BUS", "rapport-local-handoffs");
        HandoffAnnouncer announcer = new HandoffAnnouncer(
                new EventBridgeHandoffEvents(bus, busName),
                new DynamoDbPublicationLedger(
                        AwsClients.dynamoDb(),
                        env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"),
                        Clock.systemUTC(),
                        CLAIM_TIMEOUT,
                        KEEP));
        return new ConversationStreamApplication(
                announcer,
                AnalyticsApplication.fromEnvironment(env).recorder(),
                new EventBridgeErasureEvents(bus, busName));
    }
}
