package dev.rapport.wiring;

import dev.rapport.analytics.AnalyticsRecorder;
import dev.rapport.analytics.AnalyticsService;
import dev.rapport.config.Environment;
import dev.rapport.model.ModelPricing;
import dev.rapport.storage.dynamodb.DynamoDbAnalyticsLedger;
import java.time.Clock;
import java.time.Duration;

/**
 * The figures: the per-day counters in the analytics table, fed from the stream and read by the summary.
 * Builds only DynamoDB clients, so the summary function's cold start carries no EventBridge client.
 */
public record AnalyticsApplication(AnalyticsRecorder recorder, AnalyticsService analytics) {

    /** Past the stream's 24-hour redelivery window, with room to spare. */
    static final Duration SEEN_FOR = Duration.ofDays(3);

    public static AnalyticsApplication fromEnvironment(Environment env) {
        DynamoDbAnalyticsLedger ledger = new DynamoDbAnalyticsLedger(
                AwsClients.dynamoDbClient(),
                table(env),
                Clock.systemUTC(),
                SEEN_FOR,
                // A turn can be rated as long as it is kept; its rating record lives as long.
                Duration.ofDays(env.getInt("TURN_RETENTION_DAYS", 90) + 1L));
        return new AnalyticsApplication(
                new AnalyticsRecorder(ledger), new AnalyticsService(ledger, ModelPricing.from(env)));
    }

    /**
     * The per-day counters' table. Memory writes and deletions, reminder and campaign deliveries are
     * counted there by the stores that write them, in the same transaction as the fact.
     */
    public static String table(Environment env) {
        return env.get("ANALYTICS_TABLE", "rapport-local-analytics");
    }
}
