package dev.rapport.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import dev.rapport.model.lifecycle.LifecycleStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/** Each status as the EMF record CloudWatch turns into the three metrics the alarms watch. */
class ModelLifecycleMetricsTest {

    static {
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    @ParameterizedTest
    @CsvSource({"ACTIVE,0,0,0", "LEGACY,1,0,0", "END_OF_LIFE,0,1,0", "UNKNOWN,0,0,1"})
    void eachStatusSetsExactlyItsFlagForTheModel(
            LifecycleStatus status, double legacy, double endOfLife, double unknown) {
        JsonNode record = emfRecordOf(
                () -> new ModelLifecycleMetrics().publish("us.anthropic.claude-haiku-4-5-20251001-v1:0", status));

        assertThat(record.path("Model").asText()).isEqualTo("us.anthropic.claude-haiku-4-5-20251001-v1:0");
        assertThat(record.path("Service").asText()).isEqualTo("rapport");
        assertThat(record.path("ModelLegacy").asDouble()).isEqualTo(legacy);
        assertThat(record.path("ModelEndOfLife").asDouble()).isEqualTo(endOfLife);
        assertThat(record.path("ModelLifecycleUnknown").asDouble()).isEqualTo(unknown);
        JsonNode directive = record.path("_aws").path("CloudWatchMetrics").get(0);
        assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Service\",\"Model\"]]");
        assertThat(directive.path("Metrics"))
                .extracting(m -> m.path("Name").asText())
                .containsExactly("ModelLegacy", "ModelEndOfLife", "ModelLifecycleUnknown");
    }

    private static JsonNode emfRecordOf(Runnable body) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.contains("\"_aws\""))
                .map(line -> Json.read(line, JsonNode.class))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one EMF record");
                })
                .orElseThrow(() -> new AssertionError("no EMF record"));
    }
}
