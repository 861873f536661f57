package dev.rapport.local.knowledge;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.rapport.config.Environment;
import dev.rapport.knowledge.Embedder;
import dev.rapport.knowledge.EmbedderProvider;

/**
 * {@code EMBEDDINGS_PROVIDER=onnx-bge-small-zh}: BAAI's bge-small-zh-v1.5, quantized, whose ONNX
 * weights and tokenizer ship inside a Maven Central jar — nothing is downloaded at run time.
 * 512-dimension vectors; trained for Chinese, and it handles English passably.
 */
public final class OnnxEmbedderProvider implements EmbedderProvider {

    public static final String NAME = "onnx-bge-small-zh";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Embedder create(Environment env) {
        return new OnnxEmbedder();
    }

    /** One model per JVM: loading it takes about a second and some 100 MB. */
    private static final class OnnxEmbedder implements Embedder {

        private static final class Model {
            static final BgeSmallZhV15QuantizedEmbeddingModel INSTANCE = new BgeSmallZhV15QuantizedEmbeddingModel();
        }

        @Override
        public String name() {
            return "bge-small-zh-v1.5-q/512";
        }

        @Override
        public float[] embed(String text) {
            return Model.INSTANCE.embed(text).content().vector();
        }
    }
}
