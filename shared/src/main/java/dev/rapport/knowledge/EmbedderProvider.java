package dev.rapport.knowledge;

import dev.rapport.config.Environment;

/**
 * An embedder found on the classpath through {@link java.util.ServiceLoader}: how the local runner
 * brings its in-process ONNX model without any function jar carrying it.
 */
public interface EmbedderProvider {

    /** The {@code EMBEDDINGS_PROVIDER} value that selects it. */
    String name();

    Embedder create(Environment env);
}
