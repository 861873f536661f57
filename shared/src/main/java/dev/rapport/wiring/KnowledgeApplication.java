package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.graph.GraphAdmin;
import dev.rapport.knowledge.Embedder;
import dev.rapport.knowledge.KnowledgeAdmin;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.knowledge.KnowledgeCache;
import dev.rapport.knowledge.KnowledgeSettings;
import dev.rapport.knowledge.KnowledgeStore;
import dev.rapport.storage.dynamodb.DynamoDbGraphStore;
import dev.rapport.storage.dynamodb.DynamoDbKnowledgeStore;
import java.time.Clock;
import java.util.concurrent.Executor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/** The knowledge base assembled from configuration: the admins' upkeep and the chat turn's advisor. */
public record KnowledgeApplication(KnowledgeAdmin admin, KnowledgeStore store, Embedder embedder, GraphAdmin graph) {

    public static KnowledgeApplication fromEnvironment(Environment env) {
        return fromEnvironment(env, AwsClients.dynamoDb());
    }

    private static KnowledgeApplication fromEnvironment(Environment env, DynamoDbEnhancedClient client) {
        KnowledgeStore store = new DynamoDbKnowledgeStore(
                client, env.get("KNOWLEDGE_TABLE", "rapport-local-knowledge"), Clock.systemUTC());
        Embedder embedder = Embedders.fromEnvironment(env);
        GraphAdmin graph =
                new GraphAdmin(new DynamoDbGraphStore(client, env.get("GRAPH_TABLE", "rapport-local-graph")));
        return new KnowledgeApplication(new KnowledgeAdmin(store, embedder), store, embedder, graph);
    }

    /**
     * Loaded now (function init); reloaded in the background once older than the refresh interval.
     * With {@code KNOWLEDGE_BASE_ID} set, the index holds the FAQs only (the fast path stays in
     * memory) and passages come from that Bedrock knowledge base; empty, everything is in memory.
     *
     * @param client the function's own DynamoDB client: a second one would cost its cold start again
     */
    public static KnowledgeAdvisor advisor(Environment env, DynamoDbEnhancedClient client) {
        KnowledgeApplication app = fromEnvironment(env, client);
        return advisor(env, app.store(), app.embedder());
    }

    /** The advisor over this store, picked by {@code KNOWLEDGE_BASE_ID} once per execution environment. */
    public static KnowledgeAdvisor advisor(Environment env, KnowledgeStore store, Embedder embedder) {
        KnowledgeSettings settings = KnowledgeSettings.from(env);
        boolean managed = env.find("KNOWLEDGE_BASE_ID").isPresent();
        Executor background =
                task -> Thread.ofVirtual().name("knowledge-refresh").start(task);
        KnowledgeCache index =
                new KnowledgeCache(store, embedder, settings, Clock.systemUTC(), background, managed).load();
        return managed
                ? KnowledgeAdvisor.managed(index, KnowledgeBases.fromEnvironment(env), settings)
                : new KnowledgeAdvisor(index, settings);
    }
}
