package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.rapport.model.lifecycle.LifecycleDates;
import dev.rapport.model.lifecycle.LifecycleStatus;
import dev.rapport.model.lifecycle.ModelLifecycle;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The lifecycle adapter through the real SDK against a local stub speaking Bedrock's control-plane
 * wire format (REST-JSON: {@code GET /foundation-models/{modelIdentifier}}, {@code GET
 * /inference-profiles/{inferenceProfileIdentifier}}, errors named by {@code x-amzn-ErrorType}).
 */
class BedrockModelCatalogTest {

    static final String HAIKU_3 = "anthropic.claude-3-haiku-20240307-v1:0";
    static final String HAIKU_45 = "anthropic.claude-haiku-4-5-20251001-v1:0";
    static final String HAIKU_45_PROFILE = "us." + HAIKU_45;

    private static WireMockServer stub;
    private BedrockModelCatalog catalog;

    @BeforeAll
    static void startStub() {
        stub = new WireMockServer(wireMockConfig().dynamicPort());
        stub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.stop();
    }

    @BeforeEach
    void reset() {
        stub.resetAll();
        catalog = new BedrockModelCatalog(BedrockControlClients.control(BackoffStrategy.retryImmediately())
                .endpointOverride(URI.create(stub.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build());
    }

    @Test
    void aLegacyModelIsReadWithItsDatesFromGetFoundationModel() {
        stub.stubFor(
                get(urlPathMatching("/foundation-models/.*"))
                        .willReturn(
                                okJson(
                                        foundationModel(
                                                HAIKU_3,
                                                "\"status\":\"LEGACY\",\"startOfLifeTime\":\"2024-03-07T00:00:00Z\",\"legacyTime\":\"2025-10-01T00:00:00Z\","
                                                        + "\"publicExtendedAccessTime\":\"2026-01-01T00:00:00Z\",\"endOfLifeTime\":\"2026-04-01T00:00:00Z\""))));

        ModelLifecycle lifecycle = catalog.lifecycle(HAIKU_3);

        assertThat(lifecycle.status()).isEqualTo(LifecycleStatus.LEGACY);
        assertThat(lifecycle.foundationModels()).containsExactly(HAIKU_3);
        assertThat(lifecycle.dates())
                .isEqualTo(new LifecycleDates(
                        Instant.parse("2024-03-07T00:00:00Z"),
                        Instant.parse("2025-10-01T00:00:00Z"),
                        Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2026-04-01T00:00:00Z")));
        assertThat(stub.getAllServeEvents()).singleElement().satisfies(e -> {
            assertThat(e.getRequest().getMethod().getName()).isEqualTo("GET");
            assertThat(e.getRequest().getUrl())
                    .isEqualTo("/foundation-models/anthropic.claude-3-haiku-20240307-v1%3A0");
        });
    }

    @Test
    void anActiveModelIsActiveWithoutDates() {
        stub.stubFor(get(urlPathMatching("/foundation-models/.*"))
                .willReturn(okJson(foundationModel("amazon.titan-embed-text-v2:0", "\"status\":\"ACTIVE\""))));

        ModelLifecycle lifecycle = catalog.lifecycle("amazon.titan-embed-text-v2:0");

        assertThat(lifecycle.status()).isEqualTo(LifecycleStatus.ACTIVE);
        assertThat(lifecycle.dates()).isEqualTo(LifecycleDates.NONE);
        assertThat(lifecycle.reason()).isEmpty();
    }

    @Test
    void anInferenceProfileTakesTheStatusOfTheModelItRoutesToInThisRegion() {
        stub.stubFor(get(urlPathMatching("/inference-profiles/.*"))
                .willReturn(okJson(profile(
                        HAIKU_45_PROFILE,
                        "ACTIVE",
                        "arn:aws:bedrock:us-east-1::foundation-model/" + HAIKU_45,
                        "arn:aws:bedrock:us-east-2::foundation-model/" + HAIKU_45,
                        "arn:aws:bedrock:us-west-2::foundation-model/" + HAIKU_45))));
        stub.stubFor(get(urlPathMatching("/foundation-models/.*"))
                .willReturn(okJson(foundationModel(
                        HAIKU_45, "\"status\":\"LEGACY\",\"endOfLifeTime\":\"2027-06-01T00:00:00Z\""))));

        ModelLifecycle lifecycle = catalog.lifecycle(HAIKU_45_PROFILE);

        assertThat(lifecycle.configuredId()).isEqualTo(HAIKU_45_PROFILE);
        assertThat(lifecycle.status()).isEqualTo(LifecycleStatus.LEGACY);
        assertThat(lifecycle.foundationModels()).containsExactly(HAIKU_45);
        assertThat(lifecycle.dates().endOfLife()).isEqualTo(Instant.parse("2027-06-01T00:00:00Z"));
        assertThat(stub.getAllServeEvents())
                .extracting(e -> e.getRequest().getUrl())
                .containsExactlyInAnyOrder(
                        "/inference-profiles/us.anthropic.claude-haiku-4-5-20251001-v1%3A0",
                        "/foundation-models/anthropic.claude-haiku-4-5-20251001-v1%3A0");
    }

    @Test
    void aProfileRoutingToTwoModelsIsAsBadAsTheWorseOne() {
        stub.stubFor(get(urlPathMatching("/inference-profiles/.*"))
                .willReturn(okJson(profile(
                        "global.mixed",
                        "ACTIVE",
                        "arn:aws:bedrock:::foundation-model/" + HAIKU_45,
                        "arn:aws:bedrock:::foundation-model/" + HAIKU_3))));
        stub.stubFor(get(urlPathMatching("/foundation-models/anthropic.claude-haiku-4-5.*"))
                .willReturn(okJson(foundationModel(HAIKU_45, "\"status\":\"ACTIVE\""))));
        stub.stubFor(get(urlPathMatching("/foundation-models/anthropic.claude-3-haiku.*"))
                .willReturn(okJson(foundationModel(HAIKU_3, "\"status\":\"LEGACY\""))));

        ModelLifecycle lifecycle = catalog.lifecycle("global.mixed");

        assertThat(lifecycle.status()).isEqualTo(LifecycleStatus.LEGACY);
        assertThat(lifecycle.foundationModels()).containsExactly(HAIKU_45, HAIKU_3);
    }

    @Test
    void aProfileThatIsNoLongerActiveIsEndOfLife() {
        stub.stubFor(get(urlPathMatching("/inference-profiles/.*"))
                .willReturn(okJson(profile(
                        HAIKU_45_PROFILE, "RETIRED", "arn:aws:bedrock:us-east-1::foundation-model/" + HAIKU_45))));

        ModelLifecycle lifecycle = catalog.lifecycle(HAIKU_45_PROFILE);

        assertThat(lifecycle.status()).isEqualTo(LifecycleStatus.END_OF_LIFE);
        assertThat(lifecycle.reason()).contains("RETIRED");
        stub.verify(0, getRequestedFor(urlPathMatching("/foundation-models/.*")));
    }

    @Test
    void aModelBedrockNoLongerKnowsIsEndOfLife() {
        stub.stubFor(get(urlPathMatching("/foundation-models/.*"))
                .willReturn(error(404, "ResourceNotFoundException", "The model anthropic.claude-v2:1 was not found.")));

        ModelLifecycle lifecycle = catalog.lifecycle("anthropic.claude-v2:1");

        assertThat(lifecycle.status()).isEqualTo(LifecycleStatus.END_OF_LIFE);
        assertThat(lifecycle.reason()).contains("ResourceNotFoundException");
    }

    @Test
    void anIdentifierBedrockCallsInvalidIsEndOfLifeButOtherRefusalsAreNot() {
        stub.stubFor(get(urlPathMatching("/foundation-models/anthropic.*"))
                .willReturn(error(400, "ValidationException", "The provided model identifier is invalid.")));
        stub.stubFor(get(urlPathMatching("/foundation-models/amazon.*"))
                .willReturn(error(400, "ValidationException", "1 validation error detected")));

        assertThat(catalog.lifecycle("anthropic.claude-instant-v1").status()).isEqualTo(LifecycleStatus.END_OF_LIFE);
        assertThat(catalog.lifecycle("amazon.titan-embed-text-v2:0"))
                .satisfies(l -> assertThat(l.status()).isEqualTo(LifecycleStatus.UNKNOWN))
                .satisfies(l -> assertThat(l.reason()).isEqualTo("ValidationException (400)"));
    }

    @Test
    void noPermissionLeavesTheStatusUnknownWithTheReason() {
        stub.stubFor(get(urlPathMatching("/inference-profiles/.*"))
                .willReturn(error(
                        403,
                        "AccessDeniedException",
                        "User is not authorized to perform: bedrock:GetInferenceProfile")));

        ModelLifecycle lifecycle = catalog.lifecycle(HAIKU_45_PROFILE);

        assertThat(lifecycle.status()).isEqualTo(LifecycleStatus.UNKNOWN);
        assertThat(lifecycle.reason()).isEqualTo("AccessDeniedException (403)");
    }

    @Test
    void throttlingIsRetriedThenLeavesTheStatusUnknown() {
        stub.stubFor(get(urlPathMatching("/foundation-models/.*"))
                .willReturn(error(429, "ThrottlingException", "Too many requests")));

        ModelLifecycle lifecycle = catalog.lifecycle(HAIKU_3);

        assertThat(lifecycle.status()).isEqualTo(LifecycleStatus.UNKNOWN);
        assertThat(lifecycle.reason()).isEqualTo("ThrottlingException (429)");
        stub.verify(3, getRequestedFor(urlPathMatching("/foundation-models/.*")));
    }

    @Test
    void aLifecycleStatusThisVersionDoesNotKnowIsUnknownNotActive() {
        stub.stubFor(get(urlPathMatching("/foundation-models/.*"))
                .willReturn(okJson(foundationModel(HAIKU_3, "\"status\":\"SUNSET\""))));

        ModelLifecycle lifecycle = catalog.lifecycle(HAIKU_3);

        assertThat(lifecycle.status()).isEqualTo(LifecycleStatus.UNKNOWN);
        assertThat(lifecycle.reason()).contains("SUNSET");
    }

    @Test
    void profilesAreToldFromModelsByTheirGeographyOrArn() {
        assertThat(List.of(
                        "us.x.y",
                        "eu.x.y",
                        "apac.x.y",
                        "global.x.y",
                        "jp.x.y",
                        "au.x.y",
                        "ca.x.y",
                        "us-gov.x.y",
                        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.x.y",
                        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123"))
                .allMatch(InferenceProfiles::isProfile);
        assertThat(List.of(
                        HAIKU_3,
                        "amazon.titan-embed-text-v2:0",
                        "meta.llama3-1-8b-instruct-v1:0",
                        "arn:aws:bedrock:us-east-1::foundation-model/" + HAIKU_3))
                .noneMatch(InferenceProfiles::isProfile);
    }

    /** GetFoundationModel's output: {@code modelDetails} with {@code modelLifecycle}. */
    static String foundationModel(String modelId, String lifecycle) {
        return "{\"modelDetails\":{\"modelArn\":\"arn:aws:bedrock:us-east-1::foundation-model/" + modelId + "\","
                + "\"modelId\":\"" + modelId + "\",\"modelName\":\"Model\",\"providerName\":\"Provider\","
                + "\"inputModalities\":[\"TEXT\"],\"outputModalities\":[\"TEXT\"],\"responseStreamingSupported\":true,"
                + "\"customizationsSupported\":[],\"inferenceTypesSupported\":[\"ON_DEMAND\"],"
                + "\"modelLifecycle\":{" + lifecycle + "}}}";
    }

    /** GetInferenceProfile's output. */
    static String profile(String id, String status, String... modelArns) {
        StringBuilder models = new StringBuilder();
        for (String arn : modelArns) {
            models.append(models.isEmpty() ? "" : ",")
                    .append("{\"modelArn\":\"")
                    .append(arn)
                    .append("\"}");
        }
        return "{\"inferenceProfileName\":\"Profile\",\"description\":\"Routes requests across regions\","
                + "\"createdAt\":\"2025-10-15T00:00:00Z\",\"updatedAt\":\"2025-10-15T00:00:00Z\","
                + "\"inferenceProfileArn\":\"arn:aws:bedrock:us-east-1:123456789012:inference-profile/" + id + "\","
                + "\"models\":[" + models + "],\"inferenceProfileId\":\"" + id + "\","
                + "\"status\":\"" + status + "\",\"type\":\"SYSTEM_DEFINED\"}";
    }

    static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", type)
                .withBody("{\"message\":\"" + message + "\"}");
    }
}
