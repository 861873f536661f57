package dev.rapport.wiring;

import dev.rapport.campaigns.CardService;
import dev.rapport.channels.sns.SnsChannel;
import dev.rapport.config.Environment;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.reminders.Channel;
import dev.rapport.reminders.DueSlots;
import dev.rapport.reminders.ReminderService;
import dev.rapport.reminders.ReminderSweep;
import dev.rapport.storage.dynamodb.DynamoDbCardStore;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.ErasureGuard;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** What the reminders functions run: the reminders API and inbox (with its birthday cards), and the delivery sweep. */
public record ReminderApplication(ReminderService reminders, CardService cards, ReminderSweep sweep) {

    public static ReminderApplication fromEnvironment(Environment env) {
        DynamoDbClient client = AwsClients.dynamoDbClient();
        DueSlots slots = dueSlots(env);
        // Only the sweep delivers, so only the sweep function is given (and granted) the analytics table.
        String memory = env.get("MEMORY_TABLE", "rapport-local-memory");
        String reminders = env.get("REMINDERS_TABLE", "rapport-local-reminders");
        DynamoDbReminderStore store = new DynamoDbReminderStore(
                client, reminders, slots, AnalyticsApplication.table(env), new ErasureGuard(memory, Clock.systemUTC()));
        DynamoDbSettingsStore settings =
                new DynamoDbSettingsStore(AwsClients.enhanced(client), memory, Clock.systemUTC());
        // Only the sweep pushes; the topic is optional, and without it the inbox is the only channel.
        Channel channel = env.find("REMINDER_TOPIC_ARN")
                .<Channel>map(arn -> new SnsChannel(
                        SnsClient.builder()
                                .httpClient(UrlConnectionHttpClient.create())
                                .build(),
                        arn))
                .orElse(Channel.NONE);
        return new ReminderApplication(
                new ReminderService(
                        store,
                        settings,
                        new PiiRedactor(),
                        Clock.systemUTC(),
                        () -> UUID.randomUUID().toString()),
                new CardService(new DynamoDbCardStore(client, reminders)),
                new ReminderSweep(
                        store,
                        settings,
                        channel,
                        slots,
                        env.getDuration("REMINDER_SWEEP_OVERLAP", Duration.ofMinutes(5)),
                        env.getDuration("REMINDER_CATCH_UP", Duration.ofHours(3))));
    }

    /** Writers and the sweep must agree on the shard count: every function reads the same variable. */
    public static DueSlots dueSlots(Environment env) {
        return new DueSlots(env.getInt("REMINDER_DUE_SHARDS", DueSlots.DEFAULT_SHARDS));
    }
}
