package dev.rapport.model.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.config.Environment;
import dev.rapport.json.Json;
import dev.rapport.knowledge.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelResponse;

/**
 * Amazon Titan Text Embeddings V2 through Bedrock {@code InvokeModel}: multilingual (Chinese
 * included), normalised vectors of 256, 512 or 1024 dimensions.
 */
public final class TitanEmbedder implements Embedder {

    public static final String DEFAULT_MODEL_ID = "amazon.titan-embed-text-v2:0";
    /** Titan V2 takes up to 8,192 tokens; a passage is far shorter, a runaway question is cut. */
    private static final int MAX_INPUT_CHARS = 20_000;

    private final BedrockRuntimeClient client;
    private final String modelId;
    private final int dimensions;

    public TitanEmbedder(BedrockRuntimeClient client, String modelId, int dimensions) {
        if (dimensions != 256 && dimensions != 512 && dimensions != 1024) {
            throw new IllegalStateException("EMBEDDINGS_DIMENSIONS must be 256, 512 or 1024");
        }
        this.client = client;
        this.modelId = modelId;
        this.dimensions = dimensions;
    }

    public static TitanEmbedder create(Environment env) {
        return new TitanEmbedder(
                BedrockClients.runtime(BedrockSettings.from(env)).build(),
                env.get("EMBEDDINGS_MODEL_ID", DEFAULT_MODEL_ID),
                env.getInt("EMBEDDINGS_DIMENSIONS", 512));
    }

    @Override
    public String name() {
        return modelId + "/" + dimensions;
    }

    @Override
    public float[] embed(String text) {
        ObjectNode body = Json.MAPPER
                .createObjectNode()
                .put("inputText", text.length() > MAX_INPUT_CHARS ? text.substring(0, MAX_INPUT_CHARS) : text)
                .put("dimensions", dimensions)
                .put("normalize", true);
        InvokeModelResponse response = client.invokeModel(r -> r.modelId(modelId)
                .contentType("application/json")
                .accept("application/json")
                .body(SdkBytes.fromUtf8String(Json.write(body))));
        try {
            JsonNode embedding =
                    Json.MAPPER.readTree(response.body().asInputStream()).path("embedding");
            if (!embedding.isArray() || embedding.isEmpty()) {
                throw new IllegalStateException("Titan answered without an embedding");
            }
            float[] vector = new float[embedding.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) embedding.get(i).asDouble();
            }
            return vector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
