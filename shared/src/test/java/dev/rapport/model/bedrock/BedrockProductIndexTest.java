package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.catalog.CatalogUnavailableException;
import dev.rapport.catalog.ProductQuery;
import dev.rapport.config.Environment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Product search through knowledge base Retrieve, the real SDK against a stub speaking its wire format. */
class BedrockProductIndexTest {

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
    void theWordsGoAsTheQueryAndKindCategoryAndPriceBoundsAsMetadataFilters() {
        KnowledgeBaseStub.answer(stub);

        index().skus(
                        new ProductQuery(
                                "windproof hiking jacket",
                                "Jacket",
                                "navy",
                                null,
                                new BigDecimal("100"),
                                new BigDecimal("650.50")),
                        15);

        JsonNode sent = KnowledgeBaseStub.requests(stub).getFirst();
        assertThat(sent.path("retrievalQuery").path("text").asText()).isEqualTo("windproof hiking jacket");
        JsonNode search = sent.path("retrievalConfiguration").path("vectorSearchConfiguration");
        assertThat(search.path("numberOfResults").asInt()).isEqualTo(15);
        JsonNode all = search.path("filter").path("andAll");
        assertThat(all).hasSize(4);
        assertThat(all.get(0).path("equals").path("key").asText()).isEqualTo("kind");
        assertThat(all.get(0).path("equals").path("value").asText()).isEqualTo("product");
        assertThat(all.get(1).path("equals").path("key").asText()).isEqualTo("category");
        assertThat(all.get(1).path("equals").path("value").asText()).isEqualTo("jacket");
        assertThat(all.get(2).path("greaterThanOrEquals").path("key").asText()).isEqualTo("price");
        assertThat(all.get(2).path("greaterThanOrEquals").path("value").isNumber())
                .isTrue();
        assertThat(all.get(2).path("greaterThanOrEquals").path("value").decimalValue())
                .isEqualByComparingTo("100");
        assertThat(all.get(3).path("lessThanOrEquals").path("value").decimalValue())
                .isEqualByComparingTo("650.50");
    }

    @Test
    void aSearchWithoutWordsAsksForWhatItsFiltersNameAndAKindAloneIsAPlainEqualsFilter() {
        KnowledgeBaseStub.answer(stub);

        index().skus(new ProductQuery(null, null, "black", null, null, null), 5);

        JsonNode sent = KnowledgeBaseStub.requests(stub).getFirst();
        assertThat(sent.path("retrievalQuery").path("text").asText()).isEqualTo("black");
        JsonNode filter = sent.path("retrievalConfiguration")
                .path("vectorSearchConfiguration")
                .path("filter");
        assertThat(filter.path("equals").path("key").asText()).isEqualTo("kind");
        assertThat(filter.has("andAll")).isFalse();
    }

    @Test
    void resultsBecomeTheirSkusInRankOrderOnceEachSkippingWeakOnesAndThoseWithoutAUsableSku() {
        KnowledgeBaseStub.answer(
                stub,
                KnowledgeBaseStub.productResult("JK-TRAIL-NAVY", "Trail windbreaker", "jacket", "599", 0.82),
                KnowledgeBaseStub.productResult("PH-AURORA-X1", "Aurora X1 phone", "phone", "2999", 0.71),
                KnowledgeBaseStub.productResult("JK-TRAIL-NAVY", "Trail windbreaker, care", "jacket", "599", 0.65),
                KnowledgeBaseStub.productResult("not a sku!", "Odd", "jacket", "1", 0.6),
                KnowledgeBaseStub.productResult("CH-GAN-65", "65W charger", "charger", "199", 0.1),
                KnowledgeBaseStub.SHIPPING_RESULT);

        List<String> skus = index().skus(new ProductQuery("jacket", null, null, null, null, null), 10);

        assertThat(skus).containsExactly("JK-TRAIL-NAVY", "PH-AURORA-X1");
    }

    @Test
    void atMostTheLimitIsReturned() {
        KnowledgeBaseStub.answer(
                stub,
                KnowledgeBaseStub.productResult("A1", "a", "bag", "1", 0.9),
                KnowledgeBaseStub.productResult("B2", "b", "bag", "1", 0.8),
                KnowledgeBaseStub.productResult("C3", "c", "bag", "1", 0.7));

        assertThat(index().skus(new ProductQuery("bag", null, null, null, null, null), 2))
                .containsExactly("A1", "B2");
    }

    @Test
    void aThrottledFailingOrRefusingKnowledgeBaseIsCatalogUnavailable() {
        for (var fault : List.of(
                Map.entry(429, "ThrottlingException"),
                Map.entry(500, "InternalServerException"),
                Map.entry(403, "AccessDeniedException"))) {
            stub.resetAll();
            KnowledgeBaseStub.fail(stub, fault.getKey(), fault.getValue());

            assertThatThrownBy(() -> index().skus(new ProductQuery("jacket", null, null, null, null, null), 5))
                    .as(fault.getValue())
                    .isInstanceOf(CatalogUnavailableException.class);
        }
        assertThat(KnowledgeBaseStub.calls(stub)).as("a refusal is not retried").isEqualTo(1);
    }

    @Test
    void productSettingsComeFromTheirOwnVariablesWithKindProductByDefault() {
        KnowledgeBaseSettings settings = KnowledgeBaseSettings.products(Environment.of(Map.of(
                "PRODUCTS_KNOWLEDGE_BASE_ID", "KBPROD1234",
                "KNOWLEDGE_BASE_ID", "KBTEST1234",
                "KNOWLEDGE_BASE_TIMEOUT_MS", "2000")));

        assertThat(settings.knowledgeBaseId()).isEqualTo("KBPROD1234");
        assertThat(settings.kind()).isEqualTo(Optional.of("product"));
        assertThat(settings.minScore()).isEqualTo(0.3);
        assertThat(settings.timeout().toMillis()).isEqualTo(2000);
        assertThatThrownBy(() -> KnowledgeBaseSettings.products(
                        Environment.of(Map.of("PRODUCTS_KNOWLEDGE_BASE_ID", "my products"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PRODUCTS_KNOWLEDGE_BASE_ID");
    }

    private static BedrockProductIndex index() {
        return KnowledgeBaseStub.productIndex(stub, KnowledgeBaseStub.PRODUCT_SETTINGS);
    }
}
