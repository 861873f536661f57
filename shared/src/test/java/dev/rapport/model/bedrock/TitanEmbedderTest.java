package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.json.Json;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/** Titan Text Embeddings V2 through the real SDK against a local stub speaking InvokeModel's wire format. */
class TitanEmbedderTest {

    private static final BedrockSettings SETTINGS = new BedrockSettings(
            "global.anthropic.claude-haiku-4-5-20251001-v1:0",
            512,
            0.2,
            Optional.empty(),
            "DRAFT",
            2,
            Duration.ofSeconds(20),
            Duration.ofSeconds(5));
    private static WireMockServer stub;

    @BeforeAll
    static void startStub() {
        stub = new WireMockServer(wireMockConfig().dynamicPort());
        stub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.stop();
    }

    @Test
    void sendsTheTextDimensionsAndNormalisationAndReadsTheEmbedding() throws Exception {
        stub.stubFor(post(urlPathEqualTo("/model/amazon.titan-embed-text-v2%3A0/invoke"))
                .willReturn(okJson("{\"embedding\":[0.6,-0.8,0.0],\"inputTextTokenCount\":7}")));
        TitanEmbedder embedder = new TitanEmbedder(
                BedrockClients.runtime(SETTINGS, BackoffStrategy.retryImmediately())
                        .endpointOverride(URI.create(stub.baseUrl()))
                        .region(Region.US_EAST_1)
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                        .build(),
                TitanEmbedder.DEFAULT_MODEL_ID,
                256);

        float[] vector = embedder.embed("手机续航多久？");

        assertThat(vector).containsExactly(0.6f, -0.8f, 0.0f);
        assertThat(embedder.name()).isEqualTo("amazon.titan-embed-text-v2:0/256");
        JsonNode sent = Json.MAPPER.readTree(
                stub.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertThat(sent.path("inputText").asText()).isEqualTo("手机续航多久？");
        assertThat(sent.path("dimensions").asInt()).isEqualTo(256);
        assertThat(sent.path("normalize").asBoolean()).isTrue();
    }
}
