package dev.rapport.local.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.catalog.ProductQuery;
import dev.rapport.config.Environment;
import dev.rapport.knowledge.Advice;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.knowledge.KnowledgeFiles;
import dev.rapport.knowledge.KnowledgeIndex;
import dev.rapport.knowledge.KnowledgeSettings;
import dev.rapport.knowledge.KnowledgeSnapshot;
import dev.rapport.knowledge.Retrieved;
import dev.rapport.local.testing.Repository;
import dev.rapport.model.bedrock.BedrockKnowledgeBaseRetriever;
import dev.rapport.model.bedrock.BedrockProductIndex;
import dev.rapport.model.bedrock.KnowledgeBaseSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local stack's knowledge base stand-in, driven by the real adapter over Retrieve's wire format
 * (the SDK's standard endpoint setting points it there, as the local stack does), with the demo
 * store's FAQs in memory as the chat function holds them in managed mode.
 */
class LocalKnowledgeBaseTest {

    private static final Path DEMO_STORE = Repository.ROOT.resolve("demo-store");
    private static final String KB = "LOCALKB001";

    private final Map<String, String> previous = new HashMap<>();
    private LocalKnowledgeBase knowledgeBase;
    private KnowledgeAdvisor advisor;

    @BeforeEach
    void start() {
        knowledgeBase = LocalKnowledgeBase.start(KB, DEMO_STORE);
        property("aws.endpointUrlBedrockAgentRuntime", knowledgeBase.endpoint().toString());
        property("aws.region", "us-east-1");
        property("aws.accessKeyId", "local");
        property("aws.secretAccessKey", "local");
        KnowledgeSnapshot all = KnowledgeFiles.read(DEMO_STORE).snapshot(null);
        KnowledgeIndex faqs = new KnowledgeIndex(new KnowledgeSnapshot(all.faqs(), List.of()), null, 1.0);
        advisor = KnowledgeAdvisor.managed(() -> faqs, retriever(KB), KnowledgeSettings.DEFAULTS);
    }

    @AfterEach
    void stop() {
        knowledgeBase.close();
        previous.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Test
    void aPolicyQuestionIsGroundedOnTheDemoDocumentsPassageWithItsStableId() {
        Advice advice = advisor.advise("Can power banks go by express air?");

        assertThat(knowledgeBase.size()).isPositive();
        assertThat(knowledgeBase.retrievals()).isEqualTo(1);
        assertThat(advice.answer()).isEmpty();
        assertThat(advice.grounding()).extracting(Retrieved::id).contains("doc-shipping-en#4");
        assertThat(advice.grounding())
                .filteredOn(r -> r.id().equals("doc-shipping-en#4"))
                .first()
                .satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(Retrieved.PASSAGE);
                    assertThat(r.locale()).isEqualTo("en");
                    assertThat(r.text()).contains("Lithium batteries");
                });
    }

    @Test
    void anFaqQuestionIsAnsweredFromMemoryWithoutARetrieve() {
        Advice advice = advisor.advise("退货政策是什么？");

        assertThat(advice.answer()).get().extracting(m -> m.faq().id()).isEqualTo("faq-return-window-zh");
        assertThat(knowledgeBase.retrievals()).isZero();
    }

    @Test
    void anotherKnowledgeBasesIdIsRefusedAsAWrongConfiguration() {
        assertThatThrownBy(() -> retriever("OTHERKB001").retrieve("returns", 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("404")
                .hasMessageContaining("KNOWLEDGE_BASE_ID");
    }

    @Test
    void aProductSearchIsAnsweredFromTheDemoProductsWithTheirSkusWithinTheCategoryAndPriceAsked() {
        LocalKnowledgeBase shared = LocalKnowledgeBase.start(Set.of(KB, "LOCALPROD1"), DEMO_STORE);
        try {
            property("aws.endpointUrlBedrockAgentRuntime", shared.endpoint().toString());
            BedrockProductIndex index = BedrockProductIndex.create(KnowledgeBaseSettings.products(Environment.of(Map.of(
                    "PRODUCTS_KNOWLEDGE_BASE_ID", "LOCALPROD1",
                    "KNOWLEDGE_BASE_TIMEOUT_MS", "30000",
                    "KNOWLEDGE_BASE_ATTEMPT_TIMEOUT_MS", "30000"))));

            List<String> skus =
                    index.skus(new ProductQuery("phone", "phone", null, null, null, new BigDecimal("3000")), 10);

            assertThat(skus).isNotEmpty().contains("PH-AURORA-X1").allMatch(sku -> sku.startsWith("PH-"));
            assertThat(skus).doesNotContain("PH-AURORA-X1-PRO");
            assertThat(shared.retrievals()).isEqualTo(1);
        } finally {
            shared.close();
        }
    }

    private static BedrockKnowledgeBaseRetriever retriever(String id) {
        return BedrockKnowledgeBaseRetriever.create(KnowledgeBaseSettings.from(Environment.of(Map.of(
                "KNOWLEDGE_BASE_ID", id,
                // A busy build machine: the first call loads the SDK's classes.
                "KNOWLEDGE_BASE_TIMEOUT_MS", "30000",
                "KNOWLEDGE_BASE_ATTEMPT_TIMEOUT_MS", "30000"))));
    }

    private void property(String name, String value) {
        previous.putIfAbsent(name, System.getProperty(name));
        System.setProperty(name, value);
    }
}
