package dev.rapport.wiring;

import dev.rapport.catalog.ProductIndex;
import dev.rapport.config.Environment;
import dev.rapport.knowledge.KnowledgeRetriever;
import dev.rapport.model.bedrock.BedrockKnowledgeBaseRetriever;
import dev.rapport.model.bedrock.BedrockProductIndex;
import dev.rapport.model.bedrock.KnowledgeBaseSettings;

/**
 * The managed passage retriever and product index, Bedrock knowledge bases. Its own class so that
 * nothing of the optional agent runtime SDK module is loaded unless {@code KNOWLEDGE_BASE_ID} or
 * {@code PRODUCTS_KNOWLEDGE_BASE_ID} is set: a function without the module on its classpath runs the
 * in-memory paths as before.
 */
final class KnowledgeBases {

    private KnowledgeBases() {}

    static KnowledgeRetriever fromEnvironment(Environment env) {
        return BedrockKnowledgeBaseRetriever.create(KnowledgeBaseSettings.from(env));
    }

    static ProductIndex products(Environment env) {
        return BedrockProductIndex.create(KnowledgeBaseSettings.products(env));
    }
}
