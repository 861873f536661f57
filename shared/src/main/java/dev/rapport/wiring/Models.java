package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.bedrock.BedrockConverseModel;
import dev.rapport.model.bedrock.BedrockSettings;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.model.openai.OpenAiCompatibleModel;
import dev.rapport.model.openai.OpenAiSettings;

/** Picks the model adapter named by {@code MODEL_PROVIDER}; offline is the default so the local stack needs nothing. */
public final class Models {

    private Models() {}

    public static ConversationModel fromEnvironment(Environment env) {
        String provider = env.get("MODEL_PROVIDER", "offline");
        return switch (provider) {
            case "offline" -> new OfflineEngine();
            case "bedrock" -> BedrockConverseModel.create(BedrockSettings.from(env));
            case "openai-compatible" -> OpenAiCompatibleModel.create(OpenAiSettings.from(env));
            default ->
                throw new IllegalStateException(
                        "MODEL_PROVIDER must be 'bedrock', 'openai-compatible' or 'offline', not '" + provider + "'");
        };
    }
}
