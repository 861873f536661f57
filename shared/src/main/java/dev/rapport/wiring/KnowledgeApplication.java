package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.knowledge.Embedder;
import dev.rapport.knowledge.KnowledgeAdmin;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.knowledge.KnowledgeCache;
import dev.rapport.knowledge.KnowledgeSettings;
import dev.rapport.knowledge.KnowledgeStore;
import dev.rapport.storage.dynamodb.DynamoDbKnowledgeStore;
import java.time.Clock;
import java.util.concurrent.Executor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/** The knowledge base assembled from configuration: the admins' upkeep and the chat turn's advisor. */
public record KnowledgeApplication(KnowledgeAdmin admin, KnowledgeStore store, Embedder embedder) {

    public static KnowledgeApplication fromEnvironment(Environment env) {
        return fromEnvironment(env, AwsClients.dynamoDb());
    }

    private static KnowledgeApplication fromEnvironment(Environment env, DynamoDbEnhancedClient client) {
        KnowledgeStore store = new DynamoDbKnowledgeStore(
                client, env.get("KNOWLEDGE_TABLE", "rapport-local-knowledge"), Clock.systemUTC());
        Embedder embedder = Embedders.fromEnvironment(env);
        return new KnowledgeApplication(new KnowledgeAdmin(store, embedder), store, embedder);
    }

    /**
     * Loaded now (function init); reloaded in the background once older than the refresh interval.
     *
     * @param client the function's own DynamoDB client: a second one would cost its cold start again
     */
    public static KnowledgeAdvisor advisor(Environment env, DynamoDbEnhancedClient client) {
        KnowledgeApplication app = fromEnvironment(env, client);
        KnowledgeSettings settings = KnowledgeSettings.from(env);
        Executor background =
                task -> Thread.ofVirtual().name("knowledge-refresh").start(task);
        return new KnowledgeAdvisor(
                new KnowledgeCache(app.store(), app.embedder(), settings, Clock.systemUTC(), background).load(),
                settings);
    }
}
