package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.json.Json;
import dev.rapport.model.ConversationModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Bedrock Converse as it answered once: the Converse wire stub replays, for each customer message,
 * the reply a real model gave to that message, recorded in a JSONL file. One object a line:
 * {@code statement} (the message as the curator sends it, after redaction) and either {@code reply}
 * (the input of the model's {@code record_customer_facts} tool call) or {@code converse} (the whole
 * Converse response body); {@code model} and {@code recordedAt} say where it came from. A message
 * without a recording gets a reply with no tool call, so it stores nothing and is counted apart.
 */
public final class RecordedConverse implements AutoCloseable {

    private static final String NOT_RECORDED =
            "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":"
                    + "\"\"}]}},\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":0,\"outputTokens\":0,\"totalTokens\":0}}";

    private final WireMockServer stub;
    private final Set<String> statements;

    private RecordedConverse(WireMockServer stub, Set<String> statements) {
        this.stub = stub;
        this.statements = statements;
    }

    public static RecordedConverse of(InputStream recordings) throws IOException {
        WireMockServer stub = new WireMockServer(wireMockConfig().dynamicPort());
        stub.start();
        stub.stubFor(post(urlPathMatching("/model/.*/converse")).atPriority(10).willReturn(okJson(NOT_RECORDED)));
        Set<String> statements = new LinkedHashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(recordings, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode recording = Json.read(line, JsonNode.class);
                String statement = recording.path("statement").asText();
                statements.add(statement);
                stub.stubFor(post(urlPathMatching("/model/.*/converse"))
                        .atPriority(1)
                        .withRequestBody(matchingJsonPath("$.messages[0].content[0].text", equalTo(statement)))
                        .willReturn(okJson(body(recording))));
            }
        }
        return new RecordedConverse(stub, Set.copyOf(statements));
    }

    private static String body(JsonNode recording) {
        if (recording.has("converse")) {
            return recording.get("converse").toString();
        }
        return "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"tu-1\","
                + "\"name\":\"record_customer_facts\",\"input\":" + recording.path("reply") + "}}]}},"
                + "\"stopReason\":\"tool_use\",\"usage\":{\"inputTokens\":0,\"outputTokens\":0,\"totalTokens\":0}}";
    }

    /** The messages a reply was recorded for. */
    public Set<String> statements() {
        return statements;
    }

    /** The real Bedrock adapter and SDK, pointed at the replaying stub. */
    public ConversationModel model() {
        return StubbedBedrock.at(stub.baseUrl());
    }

    /** Requests the stub answered with no recording. */
    public long unrecorded() {
        return stub.getAllServeEvents().stream()
                .filter(e -> e.getStubMapping().getPriority() != null
                        && e.getStubMapping().getPriority() == 10)
                .count();
    }

    @Override
    public void close() {
        stub.stop();
    }
}
