package dev.rapport.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Managed retrieval in the template: one optional parameter each for passages and products picks
 * it, the chat function is told the knowledge base's id, and only the chat function may call
 * Retrieve, on exactly that knowledge base, and only when one is configured; the photo inquiry,
 * whose answers search the same catalog, may search the products knowledge base alone. With
 * managed products both read the products table by key and may no longer scan it.
 */
class KnowledgeBaseAccessTest {

    private static final Path TEMPLATE = Path.of("../template.yaml");
    private static final String INQUIRY = "ImageInquiryFunction";
    private static final String PRODUCTS_TABLE = "arn:aws:dynamodb:us-east-1:000000000000:table/rapport-dev-products";

    @Test
    void theParameterIsOptionalAndEmptyKeepsEverythingInMemoryWithNoRetrieveGranted() {
        SamTemplate template = render(Map.of());

        assertThat(template.parameter("KnowledgeBaseId")).isEqualTo("");
        assertThat(chat(template).environment()).containsEntry("KNOWLEDGE_BASE_ID", "");
        assertThat(retrieveStatements(template, "ChatFunction")).isEmpty();
    }

    @Test
    void setTheChatFunctionMayRetrieveFromThatKnowledgeBaseOnly() {
        SamTemplate template = render(Map.of("KnowledgeBaseId", "KB12345678"));

        assertThat(chat(template).environment()).containsEntry("KNOWLEDGE_BASE_ID", "KB12345678");
        assertThat(retrieveStatements(template, "ChatFunction"))
                .containsExactly(Map.of(
                        "Sid",
                        "RetrievePassagesFromTheConfiguredKnowledgeBase",
                        "Effect",
                        "Allow",
                        "Action",
                        "bedrock:Retrieve",
                        "Resource",
                        "arn:aws:bedrock:us-east-1:000000000000:knowledge-base/KB12345678"));
    }

    @Test
    void noOtherFunctionMayRetrieve() {
        SamTemplate template = render(Map.of("KnowledgeBaseId", "KB12345678", "ProductsKnowledgeBaseId", "KBPROD1234"));

        for (FunctionDefinition function : template.functions()) {
            // The photo and voice inquiries search products the way chat does.
            if (!List.of("ChatFunction", INQUIRY, "VoiceInquiryFunction").contains(function.logicalId())) {
                assertThat(retrieveStatements(template, function.logicalId()))
                        .as(function.logicalId())
                        .isEmpty();
                assertThat(function.environment())
                        .doesNotContainKey("KNOWLEDGE_BASE_ID")
                        .doesNotContainKey("PRODUCTS_KNOWLEDGE_BASE_ID");
            }
        }
    }

    @Test
    void withoutManagedProductsTheChatFunctionCopiesTheCatalogWithAScanAndMayNotRetrieveProducts() {
        SamTemplate template = render(Map.of("KnowledgeBaseId", "KB12345678"));

        assertThat(template.parameter("ProductsKnowledgeBaseId")).isEqualTo("");
        assertThat(chat(template).environment()).containsEntry("PRODUCTS_KNOWLEDGE_BASE_ID", "");
        assertThat(productStatements(template))
                .containsExactly(Map.of(
                        "Sid", "ReadTheCatalogIntoMemory",
                        "Effect", "Allow",
                        "Action", "dynamodb:Scan",
                        "Resource", PRODUCTS_TABLE));
        assertThat(retrieveStatements(template, "ChatFunction"))
                .extracting(s -> s.get("Sid"))
                .containsExactly("RetrievePassagesFromTheConfiguredKnowledgeBase");
    }

    @Test
    void withManagedProductsTheChatFunctionSearchesThatKnowledgeBaseAndReadsProductsByKeyNeverScanning() {
        SamTemplate template = render(Map.of("ProductsKnowledgeBaseId", "KBPROD1234"));

        assertThat(chat(template).environment())
                .containsEntry("PRODUCTS_KNOWLEDGE_BASE_ID", "KBPROD1234")
                .containsEntry("PRODUCTS_KNOWLEDGE_BASE_KIND", "product")
                .containsEntry("KNOWLEDGE_BASE_ID", "");
        assertThat(retrieveStatements(template, "ChatFunction"))
                .containsExactly(Map.of(
                        "Sid",
                        "SearchProductsInTheConfiguredKnowledgeBase",
                        "Effect",
                        "Allow",
                        "Action",
                        "bedrock:Retrieve",
                        "Resource",
                        "arn:aws:bedrock:us-east-1:000000000000:knowledge-base/KBPROD1234"));
        assertThat(productStatements(template))
                .containsExactly(Map.of(
                        "Sid",
                        "ReadProductsBySku",
                        "Effect",
                        "Allow",
                        "Action",
                        List.of("dynamodb:GetItem", "dynamodb:BatchGetItem"),
                        "Resource",
                        PRODUCTS_TABLE));
    }

    @Test
    void thePhotoInquirySearchesTheSameProductsKnowledgeBaseOnlyAndReadsProductsByKey() {
        SamTemplate template = render(Map.of("KnowledgeBaseId", "KB12345678", "ProductsKnowledgeBaseId", "KBPROD1234"));

        assertThat(function(template, INQUIRY).environment())
                .containsEntry("PRODUCTS_KNOWLEDGE_BASE_ID", "KBPROD1234")
                .containsEntry("PRODUCTS_KNOWLEDGE_BASE_KIND", "product")
                .doesNotContainKey("KNOWLEDGE_BASE_ID");
        assertThat(retrieveStatements(template, INQUIRY))
                .extracting(s -> s.get("Sid"), s -> s.get("Resource"))
                .containsExactly(Tuple.tuple(
                        "SearchProductsInTheConfiguredKnowledgeBase",
                        "arn:aws:bedrock:us-east-1:000000000000:knowledge-base/KBPROD1234"));
        assertThat(productStatements(template, INQUIRY))
                .extracting(s -> s.get("Sid"), s -> s.get("Action"))
                .containsExactly(
                        Tuple.tuple("ReadProductsBySku", List.of("dynamodb:GetItem", "dynamodb:BatchGetItem")));
    }

    @Test
    void withoutManagedProductsThePhotoInquiryCopiesTheCatalogAndMayNotRetrieve() {
        SamTemplate template = render(Map.of("KnowledgeBaseId", "KB12345678"));

        assertThat(function(template, INQUIRY).environment()).containsEntry("PRODUCTS_KNOWLEDGE_BASE_ID", "");
        assertThat(retrieveStatements(template, INQUIRY)).isEmpty();
        assertThat(productStatements(template, INQUIRY))
                .extracting(s -> s.get("Action"))
                .containsExactly("dynamodb:Scan");
    }

    @Test
    void oneKnowledgeBaseMayServePassagesAndProducts() {
        SamTemplate template = render(Map.of("KnowledgeBaseId", "KB12345678", "ProductsKnowledgeBaseId", "KB12345678"));

        assertThat(retrieveStatements(template, "ChatFunction"))
                .extracting(s -> s.get("Resource"))
                .containsOnly("arn:aws:bedrock:us-east-1:000000000000:knowledge-base/KB12345678");
    }

    /** The chat function's statements on the products table. */
    private static List<Map<String, Object>> productStatements(SamTemplate template) {
        return productStatements(template, "ChatFunction");
    }

    private static List<Map<String, Object>> productStatements(SamTemplate template, String function) {
        return statements(template, function, s -> PRODUCTS_TABLE.equals(s.get("Resource")));
    }

    private static SamTemplate render(Map<String, String> overrides) {
        return SamTemplate.load(TEMPLATE, Map.of(), overrides);
    }

    private static FunctionDefinition chat(SamTemplate template) {
        return function(template, "ChatFunction");
    }

    private static FunctionDefinition function(SamTemplate template, String logicalId) {
        return template.functions().stream()
                .filter(f -> f.logicalId().equals(logicalId))
                .findFirst()
                .orElseThrow();
    }

    /** The function's inline statements (conditions resolved) that mention bedrock:Retrieve. */
    private static List<Map<String, Object>> retrieveStatements(SamTemplate template, String function) {
        return statements(
                template, function, s -> String.valueOf(s.get("Action")).contains("bedrock:Retrieve"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(
            SamTemplate template, String function, Predicate<Map<String, Object>> which) {
        Object policies = template.properties(function).get("Policies");
        if (!(policies instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .filter(p -> p instanceof Map)
                .map(p -> ((Map<String, Object>) p).get("Statement"))
                .filter(s -> s instanceof List)
                .flatMap(s -> ((List<Object>) s).stream())
                .filter(s -> s instanceof Map)
                .map(s -> (Map<String, Object>) s)
                .filter(which)
                .toList();
    }
}
