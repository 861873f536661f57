package dev.rapport.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The template's Bedrock permissions, rendered with the default model and each alternative
 * docs/deploy.md lists: exactly the one model, directly or through its inference profile.
 */
class BedrockAccessTest {

    private static final Path TEMPLATE = Path.of("../template.yaml");
    private static final String REGION = "arn:aws:bedrock:us-east-1:";
    private static final String PROFILES = REGION + "000000000000:inference-profile/";

    @Test
    void theDefaultIsAGlobalProfileReachingItsModelInEveryRegionOnlyThroughThatProfile() {
        SamTemplate template = render(Map.of());
        String profile = PROFILES + "global.anthropic.claude-haiku-4-5-20251001-v1:0";

        List<Map<String, Object>> statements = statements(template, "ConversationModelAccess");

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0))
                .containsEntry("Action", "bedrock:InvokeModel")
                .containsEntry("Resource", profile)
                .doesNotContainKey("Condition");
        assertThat(statements.get(1))
                .containsEntry("Action", "bedrock:InvokeModel")
                .containsEntry(
                        "Resource",
                        List.of(
                                "arn:aws:bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0",
                                "arn:aws:bedrock:::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0"))
                .containsEntry("Condition", Map.of("StringEquals", Map.of("bedrock:InferenceProfileArn", profile)));
    }

    @ParameterizedTest
    @CsvSource({
        "us.amazon.nova-2-lite-v1:0, amazon.nova-2-lite-v1:0",
        "us.meta.llama4-maverick-17b-instruct-v1:0, meta.llama4-maverick-17b-instruct-v1:0",
        "eu.anthropic.claude-haiku-4-5-20251001-v1:0, anthropic.claude-haiku-4-5-20251001-v1:0",
        "apac.amazon.nova-lite-v1:0, amazon.nova-lite-v1:0"
    })
    void aGeographicProfileReachesItsOneModelInTheRegionsOfItsGeographyOnlyThroughThatProfile(String id, String model) {
        List<Map<String, Object>> statements =
                statements(render(Map.of("BedrockModelId", id)), "ConversationModelAccess");

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).containsEntry("Resource", PROFILES + id);
        assertThat(statements.get(1))
                .containsEntry("Resource", List.of("arn:aws:bedrock:*::foundation-model/" + model))
                .containsEntry(
                        "Condition", Map.of("StringEquals", Map.of("bedrock:InferenceProfileArn", PROFILES + id)));
    }

    @Test
    void aPlainModelIdGrantsExactlyThatModelInTheStacksRegion() {
        List<Map<String, Object>> statements = statements(
                render(Map.of("BedrockModelId", "anthropic.claude-haiku-4-5-20251001-v1:0")),
                "ConversationModelAccess");

        assertThat(statements)
                .containsExactly(Map.of(
                        "Sid",
                        "ConverseWithTheConfiguredModel",
                        "Effect",
                        "Allow",
                        "Action",
                        "bedrock:InvokeModel",
                        "Resource",
                        REGION + ":foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0"));
    }

    @Test
    void theEmbeddingsModelGetsTheSameCareAsTheConversationModel() {
        assertThat(statements(render(Map.of()), "EmbeddingsModelAccess"))
                .containsExactly(Map.of(
                        "Sid",
                        "EmbedWithTheConfiguredModel",
                        "Effect",
                        "Allow",
                        "Action",
                        "bedrock:InvokeModel",
                        "Resource",
                        REGION + ":foundation-model/amazon.titan-embed-text-v2:0"));

        List<Map<String, Object>> profile =
                statements(render(Map.of("EmbeddingsModelId", "us.cohere.embed-v4:0")), "EmbeddingsModelAccess");
        assertThat(profile)
                .extracting(s -> s.get("Resource"))
                .containsExactly(
                        PROFILES + "us.cohere.embed-v4:0",
                        List.of("arn:aws:bedrock:*::foundation-model/cohere.embed-v4:0"));
    }

    @Test
    void onlyTheFunctionsThatCallAModelHoldTheModelPoliciesAndNoFunctionGrantsBedrockOtherwise() {
        SamTemplate template = render(Map.of());

        Map<String, List<Object>> attached = new java.util.TreeMap<>();
        for (FunctionDefinition function : template.functions()) {
            List<Object> policies = policies(template, function.logicalId());
            List<Object> managed =
                    policies.stream().filter(p -> p instanceof String).toList();
            if (!managed.isEmpty()) {
                attached.put(function.logicalId(), managed);
            }
            assertThat(String.valueOf(
                            policies.stream().filter(p -> p instanceof Map).toList()))
                    .as(function.logicalId() + " grants Bedrock only through the model policies")
                    .doesNotContain("bedrock:InvokeModel");
        }

        assertThat(attached)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "ChatFunction", List.of("ConversationModelAccess", "EmbeddingsModelAccess"),
                        "ImageInquiryFunction", List.of("ConversationModelAccess"),
                        "VoiceInquiryFunction", List.of("ConversationModelAccess"),
                        "MemoryCuratorFunction", List.of("ConversationModelAccess"),
                        "CampaignWorkerFunction", List.of("ConversationModelAccess"),
                        "KnowledgeFunction", List.of("EmbeddingsModelAccess")));
    }

    private static SamTemplate render(Map<String, String> overrides) {
        return SamTemplate.load(TEMPLATE, Map.of(), overrides);
    }

    private static List<Object> policies(SamTemplate template, String function) {
        Object policies = template.properties(function).get("Policies");
        return policies instanceof List<?> list ? new ArrayList<>(list) : List.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(SamTemplate template, String policy) {
        Map<String, Object> document =
                (Map<String, Object>) template.properties(policy).get("PolicyDocument");
        return (List<Map<String, Object>>) document.get("Statement");
    }
}
