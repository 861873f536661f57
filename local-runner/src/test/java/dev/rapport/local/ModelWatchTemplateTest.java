package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.template.FunctionDefinition;
import dev.rapport.local.template.SamTemplate;
import dev.rapport.local.testing.Repository;
import dev.rapport.observability.ModelLifecycleMetrics;
import dev.rapport.observability.Telemetry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model watch in template.yaml proved against its code: each alarm watches exactly the metric,
 * namespace and dimensions ModelWatchFunction publishes for each configured model and fires at 1,
 * and the function may do nothing but read model metadata.
 */
class ModelWatchTemplateTest {

    private static final String PROFILE = "eu.anthropic.claude-haiku-4-5-20251001-v1:0";
    private static final String EMBEDDINGS = "amazon.titan-embed-text-v2:0";

    private final SamTemplate template = SamTemplate.load(
            Repository.ROOT.resolve("template.yaml"),
            LocalRapport.LOCAL_DEFAULTS,
            Map.of(
                    "Stage",
                    "prod",
                    "ModelProvider",
                    "bedrock",
                    "BedrockModelId",
                    PROFILE,
                    "EmbeddingsProvider",
                    "bedrock",
                    "EmbeddingsModelId",
                    EMBEDDINGS));
    private final Map<String, String> env = template.functions().stream()
            .filter(f -> f.logicalId().equals("ModelWatchFunction"))
            .findFirst()
            .map(FunctionDefinition::environment)
            .orElseThrow();

    @ParameterizedTest
    @CsvSource({
        "ModelLegacyAlarm," + ModelLifecycleMetrics.LEGACY,
        "ModelEndOfLifeAlarm," + ModelLifecycleMetrics.END_OF_LIFE
    })
    void eachAlarmWatchesWhatTheWatchPublishesForEveryConfiguredModelAndFiresAtOne(String alarm, String metric) {
        Map<String, Object> properties = template.properties(alarm);
        List<Map<String, Object>> queries = list(properties.get("Metrics")).stream()
                .map(ModelWatchTemplateTest::map)
                .toList();
        List<Map<String, Object>> series =
                queries.stream().filter(q -> q.containsKey("MetricStat")).toList();
        List<Map<String, Object>> stats =
                series.stream().map(q -> map(q.get("MetricStat"))).toList();
        assertThat(stats).allSatisfy(stat -> {
            Map<String, Object> watched = map(stat.get("Metric"));
            assertThat(watched.get("Namespace"))
                    .isEqualTo(env.get("POWERTOOLS_METRICS_NAMESPACE"))
                    .isEqualTo("Rapport/prod");
            assertThat(watched.get("MetricName")).isEqualTo(metric);
            assertThat(stat.get("Stat")).isEqualTo("Maximum");
            assertThat(stat.get("Period")).isEqualTo(86400);
        });
        assertThat(stats)
                .extracting(stat -> dimensions(map(stat.get("Metric"))))
                .containsExactlyInAnyOrder(
                        Map.of(
                                Telemetry.SERVICE_DIMENSION,
                                env.get("POWERTOOLS_SERVICE_NAME"),
                                ModelLifecycleMetrics.DIMENSION,
                                env.get("BEDROCK_MODEL_ID")),
                        Map.of(
                                Telemetry.SERVICE_DIMENSION,
                                env.get("POWERTOOLS_SERVICE_NAME"),
                                ModelLifecycleMetrics.DIMENSION,
                                env.get("EMBEDDINGS_MODEL_ID")));
        assertThat(env).containsEntry("BEDROCK_MODEL_ID", PROFILE).containsEntry("EMBEDDINGS_MODEL_ID", EMBEDDINGS);

        // The alarm evaluates one expression, the worse of the per-model series.
        List<String> seriesIds =
                series.stream().map(q -> String.valueOf(q.get("Id"))).toList();
        assertThat(queries)
                .filteredOn(q -> Boolean.TRUE.equals(q.get("ReturnData")))
                .singleElement()
                .satisfies(
                        q -> assertThat(q.get("Expression")).isEqualTo("MAX([" + String.join(", ", seriesIds) + "])"));
        assertThat(properties.get("Threshold")).isEqualTo(1);
        assertThat(properties.get("ComparisonOperator")).isEqualTo("GreaterThanOrEqualToThreshold");
        assertThat(properties.get("EvaluationPeriods")).isEqualTo(1);
        assertThat(properties.get("TreatMissingData")).isEqualTo("notBreaching");
        assertThat(String.valueOf(properties.get("AlarmDescription"))).contains("docs/deploy.md");
    }

    @Test
    void theWatchMayOnlyReadModelMetadata() {
        Map<String, Object> properties = template.properties("ModelWatchFunction");
        Map<String, List<Object>> grants = new HashMap<>();
        for (Object policy : list(properties.get("Policies"))) {
            for (Object statement : list(map(policy).get("Statement"))) {
                Map<String, Object> s = map(statement);
                assertThat(s.get("Effect")).isEqualTo("Allow");
                list(s.get("Action"))
                        .forEach(a -> grants.computeIfAbsent(String.valueOf(a), k -> new ArrayList<>())
                                .addAll(list(s.get("Resource"))));
            }
        }

        assertThat(grants)
                .containsOnly(
                        Map.entry(
                                "bedrock:GetFoundationModel", List.of("arn:aws:bedrock:us-east-1::foundation-model/*")),
                        Map.entry(
                                "bedrock:GetInferenceProfile",
                                List.of("arn:aws:bedrock:us-east-1:000000000000:inference-profile/*")));
    }

    @Test
    void theWatchRunsDailyOnTheTemplatesModelSettingsAndItsFailuresAlarm() {
        assertThat(template.schedules())
                .filteredOn(s -> s.function().equals("ModelWatchFunction"))
                .singleElement()
                .satisfies(s -> assertThat(s.expression()).isEqualTo("rate(1 day)"));
        assertThat(env).containsEntry("MODEL_PROVIDER", "bedrock").containsEntry("EMBEDDINGS_PROVIDER", "bedrock");
        Map<String, Object> errors = template.properties("ModelWatchErrorsAlarm");
        assertThat(errors.get("MetricName")).isEqualTo("Errors");
        assertThat(list(errors.get("Dimensions")))
                .containsExactly(Map.of("Name", "FunctionName", "Value", "ModelWatchFunction"));
    }

    private static Map<String, String> dimensions(Map<String, Object> metric) {
        Map<String, String> dimensions = new HashMap<>();
        list(metric.get("Dimensions"))
                .forEach(d -> dimensions.put(String.valueOf(map(d).get("Name")), String.valueOf(map(d).get("Value"))));
        return dimensions;
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : value == null ? List.of() : List.of(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }
}
