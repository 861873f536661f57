package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.model.bedrock.BedrockModelCatalog;
import dev.rapport.model.bedrock.BedrockSettings;
import dev.rapport.model.bedrock.TitanEmbedder;
import dev.rapport.model.lifecycle.ModelCatalog;
import dev.rapport.model.lifecycle.ModelWatch;
import dev.rapport.model.lifecycle.WatchedModel;
import dev.rapport.observability.ModelLifecycleMetrics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What the model watch runs: the Bedrock models this deployment calls, read the way the chat and
 * knowledge functions read them. Builds no AWS client when no provider is Bedrock (locally, offline).
 */
public record ModelWatchApplication(ModelWatch watch) {

    public static ModelWatchApplication fromEnvironment(Environment env) {
        List<WatchedModel> models = watched(env);
        ModelCatalog catalog = models.isEmpty()
                ? id -> {
                    throw new IllegalStateException("no Bedrock model is configured");
                }
                : BedrockModelCatalog.create();
        return new ModelWatchApplication(
                new ModelWatch(catalog, new ModelLifecycleMetrics(), models, Clock.systemUTC()));
    }

    /** The conversation model when MODEL_PROVIDER is bedrock, the embeddings model when EMBEDDINGS_PROVIDER is. */
    static List<WatchedModel> watched(Environment env) {
        List<WatchedModel> models = new ArrayList<>();
        if (env.get("MODEL_PROVIDER", "offline").equals("bedrock")) {
            models.add(
                    new WatchedModel(env.get("BEDROCK_MODEL_ID", BedrockSettings.DEFAULT_MODEL_ID), "BedrockModelId"));
        }
        if (env.get("EMBEDDINGS_PROVIDER", "none").equals("bedrock")) {
            models.add(new WatchedModel(
                    env.get("EMBEDDINGS_MODEL_ID", TitanEmbedder.DEFAULT_MODEL_ID), "EmbeddingsModelId"));
        }
        return models;
    }
}
