package dev.rapport.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Managed retrieval in the template: one optional parameter picks it, the chat function is told the
 * knowledge base's id, and only the chat function may call Retrieve, on exactly that knowledge base,
 * and only when one is configured.
 */
class KnowledgeBaseAccessTest {

    private static final Path TEMPLATE = Path.of("../template.yaml");

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
        SamTemplate template = render(Map.of("KnowledgeBaseId", "KB12345678"));

        for (FunctionDefinition function : template.functions()) {
            if (!function.logicalId().equals("ChatFunction")) {
                assertThat(retrieveStatements(template, function.logicalId()))
                        .as(function.logicalId())
                        .isEmpty();
                assertThat(function.environment()).doesNotContainKey("KNOWLEDGE_BASE_ID");
            }
        }
    }

    private static SamTemplate render(Map<String, String> overrides) {
        return SamTemplate.load(TEMPLATE, Map.of(), overrides);
    }

    private static FunctionDefinition chat(SamTemplate template) {
        return template.functions().stream()
                .filter(f -> f.logicalId().equals("ChatFunction"))
                .findFirst()
                .orElseThrow();
    }

    /** The function's inline statements (conditions resolved) that mention bedrock:Retrieve. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> retrieveStatements(SamTemplate template, String function) {
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
                .filter(s -> String.valueOf(s.get("Action")).contains("bedrock:Retrieve"))
                .toList();
    }
}
