package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.memory.MemoryBook;
import dev.rapport.memory.MemoryCurator;
import dev.rapport.memory.MemoryExtractor;
import dev.rapport.memory.ModelExtractor;
import dev.rapport.memory.RuleBasedExtractor;
import dev.rapport.storage.dynamodb.DynamoDbBirthdayAudience;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.DynamoDbTurnLedger;
import java.time.Clock;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What the memory curator runs: the extractor and the memory book store, under the customer's settings. */
public record CuratorApplication(MemoryCurator curator) {

    public static CuratorApplication fromEnvironment(Environment env) {
        DynamoDbClient lowLevel = AwsClients.dynamoDbClient();
        DynamoDbEnhancedClient client = AwsClients.enhanced(lowLevel);
        String table = env.get("MEMORY_TABLE", "rapport-local-memory");
        return new CuratorApplication(new MemoryCurator(
                extractor(env),
                new DynamoDbMemoryStore(lowLevel, table, AnalyticsApplication.table(env), Clock.systemUTC()),
                new DynamoDbSettingsStore(client, table, Clock.systemUTC()),
                new DynamoDbTurnLedger(client, env.get("CONVERSATIONS_TABLE", "rapport-local-conversations")),
                env.getInt("MEMORY_CAPACITY", MemoryBook.DEFAULT_CAPACITY),
                new DynamoDbBirthdayAudience(lowLevel, table, Clock.systemUTC())));
    }

    /** With a model configured, extraction is a structured model call; offline, the bilingual rules. */
    static MemoryExtractor extractor(Environment env) {
        return "offline".equals(env.get("MODEL_PROVIDER", "offline"))
                ? new RuleBasedExtractor()
                : new ModelExtractor(Models.fromEnvironment(env));
    }
}
