package dev.rapport.model.bedrock;

import dev.rapport.config.Environment;
import java.time.Duration;
import java.util.Optional;

/**
 * How the chat turn asks a Bedrock knowledge base for passages. Retrieval sits before the model
 * call on every turn no FAQ answers, so its budget is short: a turn whose retrieval gives up goes
 * on without passages rather than waiting.
 *
 * @param knowledgeBaseId the knowledge base ({@code KNOWLEDGE_BASE_ID}); set only in managed mode
 * @param minScore the least relevance score a result needs to be shown to the model; the scale is
 *     the knowledge base's (its vector store and search type), so measure it on the business's own
 *     questions
 * @param kind when set, only results whose metadata {@code kind} equals it (a knowledge base that
 *     also holds other content); empty sends no filter
 * @param timeout the whole call, retries included
 * @param attemptTimeout one HTTP attempt
 */
public record KnowledgeBaseSettings(
        String knowledgeBaseId,
        double minScore,
        Optional<String> kind,
        int maxAttempts,
        Duration timeout,
        Duration attemptTimeout) {

    public KnowledgeBaseSettings {
        require(
                knowledgeBaseId != null && knowledgeBaseId.matches("[0-9a-zA-Z]{10}"),
                "KNOWLEDGE_BASE_ID and PRODUCTS_KNOWLEDGE_BASE_ID must be knowledge base ids (10 letters and digits)");
        require(minScore >= 0, "KNOWLEDGE_BASE_MIN_SCORE must not be negative");
        require(maxAttempts > 0, "KNOWLEDGE_BASE_MAX_ATTEMPTS must be positive");
        require(timeout.isPositive() && attemptTimeout.isPositive(), "knowledge base timeouts must be positive");
        require(
                attemptTimeout.compareTo(timeout) <= 0,
                "KNOWLEDGE_BASE_ATTEMPT_TIMEOUT_MS cannot exceed KNOWLEDGE_BASE_TIMEOUT_MS");
    }

    public static KnowledgeBaseSettings from(Environment env) {
        return new KnowledgeBaseSettings(
                env.get("KNOWLEDGE_BASE_ID", ""),
                env.getDouble("KNOWLEDGE_BASE_MIN_SCORE", 0.4),
                env.find("KNOWLEDGE_BASE_KIND"),
                env.getInt("KNOWLEDGE_BASE_MAX_ATTEMPTS", 2),
                Duration.ofMillis(env.getInt("KNOWLEDGE_BASE_TIMEOUT_MS", 3_000)),
                Duration.ofMillis(env.getInt("KNOWLEDGE_BASE_ATTEMPT_TIMEOUT_MS", 1_500)));
    }

    /**
     * The products' knowledge base ({@code PRODUCTS_KNOWLEDGE_BASE_ID}, which may be the passages' one):
     * only results whose metadata {@code kind} is {@code PRODUCTS_KNOWLEDGE_BASE_KIND} ({@code product}
     * unless set) count, with their own least score; the time budget is the passages' one.
     */
    public static KnowledgeBaseSettings products(Environment env) {
        return new KnowledgeBaseSettings(
                env.get("PRODUCTS_KNOWLEDGE_BASE_ID", ""),
                env.getDouble("PRODUCTS_KNOWLEDGE_BASE_MIN_SCORE", 0.3),
                Optional.of(env.get("PRODUCTS_KNOWLEDGE_BASE_KIND", "product")),
                env.getInt("KNOWLEDGE_BASE_MAX_ATTEMPTS", 2),
                Duration.ofMillis(env.getInt("KNOWLEDGE_BASE_TIMEOUT_MS", 3_000)),
                Duration.ofMillis(env.getInt("KNOWLEDGE_BASE_ATTEMPT_TIMEOUT_MS", 1_500)));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
