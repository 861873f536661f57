package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.rapport.json.Json;

/** A Bedrock Converse model pointed at a WireMock stub, and the recorded replies a test scripts on it. */
public record ConverseStub(WireMockServer server) {

    private static final String CONVERSE = "/model/.*/converse";

    public BedrockConverseModel model() {
        return StubbedBedrock.at(server.baseUrl());
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
