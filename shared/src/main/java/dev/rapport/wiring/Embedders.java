package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.knowledge.Embedder;
import dev.rapport.knowledge.EmbedderProvider;
import dev.rapport.model.bedrock.TitanEmbedder;
import java.util.ServiceLoader;

/**
 * Picks the embedder named by {@code EMBEDDINGS_PROVIDER}: {@code bedrock} (Titan V2), {@code none}
 * (words only), or the name of an {@link EmbedderProvider} on the classpath — the local runner's
 * in-process ONNX model, which no function jar carries.
 */
public final class Embedders {

    private Embedders() {}

    /** Null for {@code none}. */
    public static Embedder fromEnvironment(Environment env) {
        String provider = env.get("EMBEDDINGS_PROVIDER", "none");
        return switch (provider) {
            case "none" -> null;
            case "bedrock" -> TitanEmbedder.create(env);
            default ->
                ServiceLoader.load(EmbedderProvider.class).stream()
                        .map(ServiceLoader.Provider::get)
                        .filter(p -> p.name().equals(provider))
                        .findFirst()
                        .map(p -> p.create(env))
                        .orElseThrow(() -> new IllegalStateException("EMBEDDINGS_PROVIDER '" + provider
                                + "' is neither 'bedrock', 'none' nor an embedder on the classpath"));
        };
    }
}
