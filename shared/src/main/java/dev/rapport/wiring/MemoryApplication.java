package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.settings.SettingsService;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import java.time.Clock;

/** What the memory function runs: the customer's settings (and, as they arrive, memories and erasure). */
public record MemoryApplication(SettingsService settings) {

    public static MemoryApplication fromEnvironment(Environment env) {
        return new MemoryApplication(new SettingsService(new DynamoDbSettingsStore(AwsClients.dynamoDb(),
                env.get("MEMORY_TABLE", "rapport-local-memory"), Clock.systemUTC())));
    }
}
