package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.rapport.json.Json;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/** A Bedrock Converse model pointed at a WireMock stub, and the recorded replies a test scripts on it. */
public record ConverseStub(WireMockServer server) {

    static final BedrockSettings SETTINGS = new BedrockSettings(
            "global.anthropic.claude-haiku-4-5-20251001-v1:0",
            512,
            0.2,
            Optional.empty(),
            "DRAFT",
            1,
            Duration.ofSeconds(20),
            Duration.ofSeconds(10));

    private static final String CONVERSE = "/model/.*/converse";

    public BedrockConverseModel model() {
        return new BedrockConverseModel(
                BedrockClients.runtime(SETTINGS, BackoffStrategy.retryImmediately())
                        .endpointOverride(URI.create(server.baseUrl()))
                        .region(Region.US_EAST_1)
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                        .build(),
                SETTINGS,
                () -> "c0ffee17");
    }

    /** The model answers {@code text} on every call, with no tool. */
    public void answer(String text) {
        server.stubFor(post(urlPathMatching(CONVERSE))
                .willReturn(okJson(reply("{\"text\":" + Json.write(text) + "}", "end_turn"))));
    }

    /** The model calls {@code toolUse} first, then answers {@code text} on every later call. */
    void script(String toolUse, String text) {
        server.stubFor(post(urlPathMatching(CONVERSE))
                .inScenario("tools")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(reply(toolUse, "tool_use")))
                .willSetStateTo("answered"));
        server.stubFor(post(urlPathMatching(CONVERSE))
                .inScenario("tools")
                .whenScenarioStateIs("answered")
                .willReturn(okJson(reply("{\"text\":" + Json.write(text) + "}", "end_turn"))));
    }

    private static String reply(String contentBlock, String stopReason) {
        return "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[" + contentBlock + "]}},"
                + "\"stopReason\":\"" + stopReason + "\","
                + "\"usage\":{\"inputTokens\":20,\"outputTokens\":5,\"totalTokens\":25},\"metrics\":{\"latencyMs\":42}}";
    }
}
