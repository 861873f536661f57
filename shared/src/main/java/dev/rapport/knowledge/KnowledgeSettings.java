package dev.rapport.knowledge;

import dev.rapport.config.Environment;
import java.time.Duration;

/**
 * How knowledge is matched and kept fresh, from template.yaml.
 *
 * @param faqThreshold weighted word overlap an FAQ phrasing needs to be answered without the model;
 *                     high, because a wrong canned answer is worse than a model call
 * @param faqMargin how far the best FAQ must lead the next one; a near tie goes to the model
 * @param minScore the least score a passage needs to be shown to the model at all, on words alone
 * @param minScoreEmbedded the same when embeddings are blended in (their scale differs); tuned with
 *                         the local bge-small-zh model — re-measure it for another embedder
 * @param groundingLimit how many FAQs and passages a prompt carries at most
 * @param lexicalWeight the share of words in the blended score when embeddings are there
 * @param refresh how old the in-memory index may get before it is reloaded in the background
 */
public record KnowledgeSettings(
        double faqThreshold,
        double faqMargin,
        double minScore,
        double minScoreEmbedded,
        int groundingLimit,
        double lexicalWeight,
        Duration refresh) {

    public static final KnowledgeSettings DEFAULTS =
            new KnowledgeSettings(0.82, 0.15, 0.42, 0.36, 3, 0.6, Duration.ofMinutes(5));

    public static KnowledgeSettings from(Environment env) {
        return new KnowledgeSettings(
                env.getDouble("FAQ_ANSWER_THRESHOLD", DEFAULTS.faqThreshold()),
                env.getDouble("FAQ_ANSWER_MARGIN", DEFAULTS.faqMargin()),
                env.getDouble("KNOWLEDGE_MIN_SCORE", DEFAULTS.minScore()),
                env.getDouble("KNOWLEDGE_MIN_SCORE_EMBEDDED", DEFAULTS.minScoreEmbedded()),
                DEFAULTS.groundingLimit(),
                DEFAULTS.lexicalWeight(),
                Duration.ofSeconds(env.getInt(
                        "KNOWLEDGE_REFRESH_SECONDS", (int) DEFAULTS.refresh().toSeconds())));
    }
}
