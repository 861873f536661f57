package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.eventbridge.EventBridgeErasureEvents;
import dev.rapport.memory.MemoryBook;
import dev.rapport.memory.MemoryService;
import dev.rapport.personaldata.ErasureEvents;
import dev.rapport.personaldata.PersonalDataService;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.settings.Profiles;
import dev.rapport.settings.SettingsService;
import dev.rapport.storage.dynamodb.DynamoDbBirthdayAudience;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbPersonalData;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.ErasureGuard;
import dev.rapport.tools.account.AccountServices;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** What the memory function runs: the customer's settings, memories, export and erasure. */
public record MemoryApplication(SettingsService settings, PersonalDataService personalData, MemoryService memories) {

    /** The same use cases, for the account tools of chat. */
    public AccountServices account() {
        return new AccountServices(settings, memories, personalData);
    }

    public static MemoryApplication fromEnvironment(Environment env) {
        return fromEnvironment(
                env,
                new EventBridgeErasureEvents(
                        EventBridgeClient.builder()
                                .httpClient(UrlConnectionHttpClient.create())
                                .build(),
                        env.get("HANDOFF_EVENT_BUS", "rapport-local-handoffs")));
    }

    /** The same use cases, announcing completed erasures through {@code erasures}. */
    public static MemoryApplication fromEnvironment(Environment env, ErasureEvents erasures) {
        return fromEnvironment(env, erasures, AwsClients.dynamoDbClient());
    }

    /** The same, on a DynamoDB client the caller already holds (one per container: chat's account tools). */
    public static MemoryApplication fromEnvironment(Environment env, ErasureEvents erasures, DynamoDbClient client) {
        DynamoDbEnhancedClient enhanced = AwsClients.enhanced(client);
        String memory = env.get("MEMORY_TABLE", "rapport-local-memory");
        List<DynamoDbPersonalData.Table> tables = List.of(
                new DynamoDbPersonalData.Table(
                        "conversations",
                        env.get("CONVERSATIONS_TABLE", "rapport-local-conversations"),
                        List.of("pk", "sk")),
                new DynamoDbPersonalData.Table(
                        "idempotency", env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"), List.of("id")),
                new DynamoDbPersonalData.Table("memory", memory, List.of("pk", "sk")),
                new DynamoDbPersonalData.Table(
                        "reminders", env.get("REMINDERS_TABLE", "rapport-local-reminders"), List.of("pk", "sk")),
                new DynamoDbPersonalData.Table(
                        "orders", env.get("ORDERS_TABLE", "rapport-local-orders"), List.of("pk", "sk")),
                new DynamoDbPersonalData.Table(
                        "campaignDeliveries",
                        env.get("CAMPAIGNS_TABLE", "rapport-local-campaigns"),
                        List.of("pk", "sk")));
        DynamoDbSettingsStore settings = new DynamoDbSettingsStore(enhanced, memory, Clock.systemUTC());
        MemoryService memories = new MemoryService(
                new DynamoDbMemoryStore(client, memory, AnalyticsApplication.table(env), Clock.systemUTC()),
                new Profiles(settings),
                new PiiRedactor(),
                env.getInt("MEMORY_CAPACITY", MemoryBook.DEFAULT_CAPACITY),
                new DynamoDbBirthdayAudience(client, memory, Clock.systemUTC()));
        return new MemoryApplication(
                new SettingsService(settings, new DynamoDbProfileData(client, tables), memories::dropSensitive),
                new PersonalDataService(
                        new DynamoDbPersonalData(
                                client,
                                tables,
                                new ErasureGuard(memory, Clock.systemUTC()),
                                Duration.ofMinutes(env.getInt("ERASURE_GUARD_MINUTES", 15))),
                        erasures,
                        Clock.systemUTC()),
                memories);
    }
}
