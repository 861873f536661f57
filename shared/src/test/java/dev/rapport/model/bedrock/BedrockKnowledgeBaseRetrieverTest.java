package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.config.Environment;
import dev.rapport.knowledge.KnowledgeUnavailableException;
import dev.rapport.knowledge.Retrieved;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Knowledge base Retrieve through the real SDK against a local stub speaking its wire format. */
class BedrockKnowledgeBaseRetrieverTest {

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

    @BeforeEach
    void reset() {
        stub.resetAll();
    }

    @Test
    void sendsTheQuestionAndHowManyResultsToTheKnowledgeBaseAndNoFilterByDefault() {
        KnowledgeBaseStub.answer(stub);

        KnowledgeBaseStub.retriever(stub, KnowledgeBaseStub.SETTINGS).retrieve("Can power banks go by air?", 3);

        JsonNode sent = KnowledgeBaseStub.requests(stub).getFirst();
        assertThat(sent.path("retrievalQuery").path("text").asText()).isEqualTo("Can power banks go by air?");
        JsonNode search = sent.path("retrievalConfiguration").path("vectorSearchConfiguration");
        assertThat(search.path("numberOfResults").asInt()).isEqualTo(3);
        assertThat(search.has("filter")).isFalse();
    }

    @Test
    void aConfiguredKindBecomesAnEqualsFilterOnTheMetadata() {
        KnowledgeBaseStub.answer(stub);
        KnowledgeBaseSettings passagesOnly = new KnowledgeBaseSettings(
                KnowledgeBaseStub.KB, 0.4, Optional.of("passage"), 1, Duration.ofSeconds(20), Duration.ofSeconds(10));

        KnowledgeBaseStub.retriever(stub, passagesOnly).retrieve("returns", 3);

        JsonNode filter = KnowledgeBaseStub.requests(stub)
                .getFirst()
                .path("retrievalConfiguration")
                .path("vectorSearchConfiguration")
                .path("filter");
        assertThat(filter.path("equals").path("key").asText()).isEqualTo("kind");
        assertThat(filter.path("equals").path("value").asText()).isEqualTo("passage");
    }

    @Test
    void resultsBecomePassagesWithTheIdsTitleAndLanguageOfTheirMetadata() {
        KnowledgeBaseStub.answer(stub, KnowledgeBaseStub.SHIPPING_RESULT);

        List<Retrieved> passages =
                KnowledgeBaseStub.retriever(stub, KnowledgeBaseStub.SETTINGS).retrieve("Can power banks go by air?", 3);

        assertThat(passages).hasSize(1);
        Retrieved passage = passages.getFirst();
        assertThat(passage.id()).isEqualTo("doc-shipping-en#1");
        assertThat(passage.kind()).isEqualTo(Retrieved.PASSAGE);
        assertThat(passage.title()).isEqualTo("Shipping");
        assertThat(passage.text()).isEqualTo("Power banks are shipped by ground, never by air.");
        assertThat(passage.locale()).isEqualTo("en");
        assertThat(passage.score()).isEqualTo(0.71);
    }

    @Test
    void withoutRapportsMetadataTheIdComesFromTheSourceAndTheTextAndStaysTheSame() {
        String chunk = """
                {"content":{"type":"TEXT","text":"退货须在签收后 30 天内申请。"},
                 "location":{"type":"S3","s3Location":{"uri":"s3://shop-kb/policies/退货 政策.pdf"}},
                 "score":0.66,
                 "metadata":{"x-amz-bedrock-kb-chunk-id":"1%3A0%3AabcDEF","x-amz-bedrock-kb-data-source-id":"DS1"}}""";
        KnowledgeBaseStub.answer(stub, chunk);
        BedrockKnowledgeBaseRetriever retriever = KnowledgeBaseStub.retriever(stub, KnowledgeBaseStub.SETTINGS);

        Retrieved first = retriever.retrieve("退货多久？", 3).getFirst();
        Retrieved again = retriever.retrieve("怎么退货？", 3).getFirst();

        assertThat(first.id())
                .matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,80}#\\d{1,4}")
                .isEqualTo(again.id());
        assertThat(first.locale()).isEqualTo("zh");
        assertThat(first.title()).isEqualTo(first.id().substring(0, first.id().indexOf('#')));
    }

    @Test
    void resultsBelowTheMinimumScoreAreLeftOutAndTheLimitHolds() {
        String weak = KnowledgeBaseStub.SHIPPING_RESULT
                .replace("0.71", "0.2")
                .replace("doc-shipping-en#1", "doc-shipping-en#2");
        String other = KnowledgeBaseStub.SHIPPING_RESULT
                .replace("doc-shipping-en#1", "doc-shipping-en#0")
                .replace("0.71", "0.65");
        KnowledgeBaseStub.answer(stub, KnowledgeBaseStub.SHIPPING_RESULT, weak, other);

        assertThat(KnowledgeBaseStub.retriever(stub, KnowledgeBaseStub.SETTINGS).retrieve("air", 3))
                .extracting(Retrieved::id)
                .containsExactly("doc-shipping-en#1", "doc-shipping-en#0");
        assertThat(KnowledgeBaseStub.retriever(stub, KnowledgeBaseStub.SETTINGS).retrieve("air", 1))
                .extracting(Retrieved::id)
                .containsExactly("doc-shipping-en#1");
    }

    @Test
    void throttlingIsRetriedWithinTheBudgetThenReportedAsUnavailable() {
        KnowledgeBaseStub.fail(stub, 429, "ThrottlingException");

        assertThatThrownBy(() -> KnowledgeBaseStub.retriever(stub, KnowledgeBaseStub.SETTINGS)
                        .retrieve("air", 3))
                .isInstanceOf(KnowledgeUnavailableException.class)
                .hasMessageContaining("429");
        assertThat(KnowledgeBaseStub.calls(stub)).isEqualTo(KnowledgeBaseStub.SETTINGS.maxAttempts());
    }

    @Test
    void aServerErrorIsUnavailable() {
        KnowledgeBaseStub.fail(stub, 500, "InternalServerException");

        assertThatThrownBy(() -> KnowledgeBaseStub.retriever(stub, KnowledgeBaseStub.SETTINGS)
                        .retrieve("air", 3))
                .isInstanceOf(KnowledgeUnavailableException.class);
    }

    @Test
    void aRefusalIsAConfigurationFaultNamingWhatToCheckNeverRetried() {
        KnowledgeBaseStub.fail(stub, 403, "AccessDeniedException");

        assertThatThrownBy(() -> KnowledgeBaseStub.retriever(stub, KnowledgeBaseStub.SETTINGS)
                        .retrieve("my phone number is 555-0100", 3))
                .isInstanceOf(IllegalStateException.class)
                .isNotInstanceOf(KnowledgeUnavailableException.class)
                .hasMessageContaining("KNOWLEDGE_BASE_ID")
                .hasMessageNotContaining("555-0100");
        assertThat(KnowledgeBaseStub.calls(stub)).isEqualTo(1);
    }

    @Test
    void theEndpointIsTheSdksStandardSettingSoTheLocalStackCanPointItAtAStub() {
        KnowledgeBaseStub.answer(stub, KnowledgeBaseStub.SHIPPING_RESULT);
        Map<String, String> properties = Map.of(
                "aws.endpointUrlBedrockAgentRuntime", stub.baseUrl(),
                "aws.region", "us-east-1",
                "aws.accessKeyId", "test",
                "aws.secretAccessKey", "test");
        Map<String, String> previous = new java.util.HashMap<>();
        properties.forEach((name, value) -> {
            previous.put(name, System.getProperty(name));
            System.setProperty(name, value);
        });
        try {
            BedrockKnowledgeBaseRetriever retriever =
                    BedrockKnowledgeBaseRetriever.create(KnowledgeBaseSettings.from(Environment.of(Map.of(
                            "KNOWLEDGE_BASE_ID", KnowledgeBaseStub.KB,
                            "KNOWLEDGE_BASE_TIMEOUT_MS", "20000",
                            "KNOWLEDGE_BASE_ATTEMPT_TIMEOUT_MS", "10000"))));

            assertThat(retriever.retrieve("air", 3)).extracting(Retrieved::id).containsExactly("doc-shipping-en#1");
        } finally {
            previous.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    @Test
    void aKnowledgeBaseIdThatIsNoneIsRefusedAtStart() {
        assertThatThrownBy(() -> KnowledgeBaseSettings.from(Environment.of(Map.of("KNOWLEDGE_BASE_ID", "my kb"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KNOWLEDGE_BASE_ID");
    }
}
