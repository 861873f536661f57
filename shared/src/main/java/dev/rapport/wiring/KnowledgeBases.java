package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.knowledge.KnowledgeRetriever;
import dev.rapport.model.bedrock.BedrockKnowledgeBaseRetriever;
import dev.rapport.model.bedrock.KnowledgeBaseSettings;

/**
 * The managed passage retriever, a Bedrock knowledge base. Its own class so that nothing of the
 * optional agent runtime SDK module is loaded unless {@code KNOWLEDGE_BASE_ID} is set: a function
 * without the module on its classpath runs the in-memory path as before.
 */
final class KnowledgeBases {

    private KnowledgeBases() {}

    static KnowledgeRetriever fromEnvironment(Environment env) {
        return BedrockKnowledgeBaseRetriever.create(KnowledgeBaseSettings.from(env));
    }
}
