package dev.rapport.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sentiment rules against a labelled bilingual set ({@code sentiment/labelled.jsonl}), written
 * before the rules were tuned; prints accuracy and per-label precision and recall.
 */
class SentimentEvaluationTest {

    private final SentimentReader reader = new SentimentReader();

    private record Example(String text, Sentiment label) {}

    @Test
    void readsTheLabelledSetWellEnough() throws Exception {
        List<Example> examples = examples();
        Map<Sentiment, int[]> counts = new EnumMap<>(Sentiment.class); // true positives, predicted, actual
        for (Sentiment s : Sentiment.values()) {
            counts.put(s, new int[3]);
        }
        int correct = 0;
        StringBuilder misses = new StringBuilder();
        for (Example example : examples) {
            Sentiment read = reader.read(example.text());
            counts.get(read)[1]++;
            counts.get(example.label())[2]++;
            if (read == example.label()) {
                correct++;
                counts.get(read)[0]++;
            } else {
                misses.append("  ").append(example.label().wire()).append(" read as ").append(read.wire())
                        .append(": ").append(example.text()).append('\n');
            }
        }
        double accuracy = correct / (double) examples.size();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nSentiment on %d labelled messages: accuracy %.2f%n| label | precision | recall |%n|---|---|---|%n",
                examples.size(), accuracy));
        counts.forEach((label, c) -> table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", label.wire(),
                c[1] == 0 ? 0 : c[0] / (double) c[1], c[2] == 0 ? 0 : c[0] / (double) c[2])));
        System.out.println(table + misses.toString());

        assertThat(examples).hasSizeGreaterThanOrEqualTo(60);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.9);
        int[] negative = counts.get(Sentiment.NEGATIVE);
        assertThat(negative[0] / (double) negative[2]).as("recall of negative: an upset customer must be noticed")
                .isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I am not happy with this      | NEGATIVE
            not bad at all                | POSITIVE
            不满意                         | NEGATIVE
            不错不错                       | POSITIVE
            不用谢                         | NEUTRAL
            Thanks, but it still doesn't work | NEGATIVE
            this is the greatest badge    | NEUTRAL
            """)
    void negationPhrasesContrastAndWholeWords(String text, Sentiment expected) {
        assertThat(reader.read(text)).isEqualTo(expected);
    }

    private static List<Example> examples() throws Exception {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = SentimentEvaluationTest.class.getResourceAsStream("/sentiment/labelled.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode node = Json.MAPPER.readTree(line);
                    examples.add(new Example(node.path("text").asText(),
                            Sentiment.valueOf(node.path("label").asText().toUpperCase(Locale.ROOT))));
                }
            }
        }
        return examples;
    }
}
