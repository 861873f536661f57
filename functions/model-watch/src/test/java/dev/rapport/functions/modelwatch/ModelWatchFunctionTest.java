package dev.rapport.functions.modelwatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.config.Environment;
import dev.rapport.json.Json;
import dev.rapport.model.lifecycle.LifecycleDates;
import dev.rapport.model.lifecycle.LifecycleStatus;
import dev.rapport.model.lifecycle.ModelLifecycle;
import dev.rapport.model.lifecycle.ModelWatch;
import dev.rapport.model.lifecycle.WatchedModel;
import dev.rapport.observability.ModelLifecycleMetrics;
import dev.rapport.testing.TestContext;
import dev.rapport.wiring.ModelWatchApplication;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/** The handler fired with the schedule's sample event, read through the EMF records it prints. */
class ModelWatchFunctionTest {

    static {
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    private static final String EVENT = "../../events/model-watch.json";
    private static final String CONVERSATION = "anthropic.claude-3-haiku-20240307-v1:0";
    private static final String PROFILE = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
    private static final String EMBEDDINGS = "amazon.titan-embed-text-v2:0";

    @Test
    void theScheduledEventPublishesEachConfiguredModelsStatus() throws Exception {
        Map<String, LifecycleStatus> statuses =
                Map.of(CONVERSATION, LifecycleStatus.LEGACY, EMBEDDINGS, LifecycleStatus.ACTIVE);
        ModelWatch watch = new ModelWatch(
                id -> new ModelLifecycle(id, List.of(id), statuses.get(id), LifecycleDates.NONE, ""),
                new ModelLifecycleMetrics(),
                List.of(
                        new WatchedModel(CONVERSATION, "BedrockModelId"),
                        new WatchedModel(EMBEDDINGS, "EmbeddingsModelId")),
                Clock.systemUTC());

        Run run = invoke(new ModelWatchFunction(watch));

        assertThat(run.report().path("models"))
                .extracting(m -> m.path("status").asText())
                .containsExactly("LEGACY", "ACTIVE");
        assertThat(run.flags(CONVERSATION)).isEqualTo(List.of(1.0, 0.0, 0.0));
        assertThat(run.flags(EMBEDDINGS)).isEqualTo(List.of(0.0, 0.0, 0.0));
        assertThat(run.emf()
                        .get(CONVERSATION)
                        .at("/_aws/CloudWatchMetrics/0/Dimensions")
                        .toString())
                .isEqualTo("[[\"Service\",\"Model\"]]");
        assertThat(run.invocationRecord().path("ModelsWatched").asDouble()).isEqualTo(2.0);
    }

    @Test
    void wiredFromItsEnvironmentItAsksBedrockAboutTheProfileAndTheEmbeddingsModel() throws Exception {
        WireMockServer bedrock = new WireMockServer(wireMockConfig().dynamicPort());
        bedrock.start();
        bedrock.stubFor(get(urlPathEqualTo("/inference-profiles/" + PROFILE.replace(":", "%3A")))
                .willReturn(okJson("{\"inferenceProfileId\":\"" + PROFILE
                        + "\",\"inferenceProfileArn\":\"arn:aws:bedrock:us-east-1:123456789012:"
                        + "inference-profile/" + PROFILE + "\",\"models\":[{\"modelArn\":\"arn:aws:bedrock:us-east-1::"
                        + "foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0\"},{\"modelArn\":\"arn:aws:bedrock:"
                        + "us-west-2::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0\"}],\"status\":\"ACTIVE\","
                        + "\"type\":\"SYSTEM_DEFINED\"}")));
        bedrock.stubFor(get(urlPathEqualTo("/foundation-models/anthropic.claude-haiku-4-5-20251001-v1%3A0"))
                .willReturn(okJson("{\"modelDetails\":{\"modelId\":\"anthropic.claude-haiku-4-5-20251001-v1:0\","
                        + "\"modelLifecycle\":{\"status\":\"LEGACY\",\"endOfLifeTime\":\"2027-10-15T00:00:00Z\"}}}")));
        bedrock.stubFor(get(urlPathEqualTo("/foundation-models/amazon.titan-embed-text-v2%3A0"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("x-amzn-ErrorType", "ResourceNotFoundException")
                        .withBody("{\"message\":\"Could not find model amazon.titan-embed-text-v2:0\"}")));
        Map<String, String> aws = Map.of(
                "aws.endpointUrlBedrock",
                bedrock.baseUrl(),
                "aws.region",
                "us-east-1",
                "aws.accessKeyId",
                "test",
                "aws.secretAccessKey",
                "test");
        Run run;
        try {
            run = withSystemProperties(
                    aws,
                    () -> invoke(new ModelWatchFunction(ModelWatchApplication.fromEnvironment(Environment.of(Map.of(
                                    "MODEL_PROVIDER",
                                    "bedrock",
                                    "BEDROCK_MODEL_ID",
                                    PROFILE,
                                    "EMBEDDINGS_PROVIDER",
                                    "bedrock",
                                    "EMBEDDINGS_MODEL_ID",
                                    EMBEDDINGS)))
                            .watch())));
        } finally {
            bedrock.stop();
        }

        assertThat(run.flags(PROFILE)).isEqualTo(List.of(1.0, 0.0, 0.0));
        assertThat(run.flags(EMBEDDINGS)).isEqualTo(List.of(0.0, 1.0, 0.0));
        assertThat(run.report()
                        .path("models")
                        .get(0)
                        .path("foundationModels")
                        .get(0)
                        .asText())
                .isEqualTo("anthropic.claude-haiku-4-5-20251001-v1:0");
    }

    @Test
    void withTheOfflineProviderItChecksNothingAndSaysSo() throws Exception {
        ModelWatch watch = ModelWatchApplication.fromEnvironment(Environment.of(Map.of(
                        "MODEL_PROVIDER", "offline", "BEDROCK_MODEL_ID", CONVERSATION, "EMBEDDINGS_PROVIDER", "none")))
                .watch();

        Run run = invoke(new ModelWatchFunction(watch));

        assertThat(run.report().path("models")).isEmpty();
        assertThat(run.emf()).isEmpty();
        assertThat(run.invocationRecord().path("ModelsWatched").asDouble()).isZero();
        assertThat(run.output()).contains("nothing to watch");
    }

    /** What one invocation answered and printed. */
    private record Run(JsonNode report, String output) {

        List<JsonNode> records() {
            return output.lines()
                    .filter(l -> l.contains("\"_aws\""))
                    .map(l -> Json.read(l, JsonNode.class))
                    .toList();
        }

        /** The per-model records by their Model dimension. */
        Map<String, JsonNode> emf() {
            return records().stream()
                    .filter(r -> r.has("Model"))
                    .collect(Collectors.toMap(r -> r.path("Model").asText(), r -> r));
        }

        JsonNode invocationRecord() {
            return records().stream().filter(r -> !r.has("Model")).findFirst().orElseThrow();
        }

        /** ModelLegacy, ModelEndOfLife, ModelLifecycleUnknown of one model. */
        List<Double> flags(String model) {
            JsonNode record = emf().get(model);
            assertThat(record).as("EMF record of %s", model).isNotNull();
            return List.of(
                    record.path(ModelLifecycleMetrics.LEGACY).asDouble(-1),
                    record.path(ModelLifecycleMetrics.END_OF_LIFE).asDouble(-1),
                    record.path(ModelLifecycleMetrics.UNKNOWN).asDouble(-1));
        }
    }

    private static Run invoke(ModelWatchFunction function) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(Path.of(EVENT))) {
            function.handleRequest(in, answer, new TestContext());
        } finally {
            System.setOut(original);
        }
        return new Run(Json.MAPPER.readTree(answer.toByteArray()), printed.toString(StandardCharsets.UTF_8));
    }

    private static <T> T withSystemProperties(Map<String, String> properties, ThrowingSupplier<T> body)
            throws Exception {
        properties.forEach(System::setProperty);
        try {
            return body.get();
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
