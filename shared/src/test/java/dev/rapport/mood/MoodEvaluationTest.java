package dev.rapport.mood;

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
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mood rules against a labelled bilingual set ({@code sentiment/labelled.jsonl}): each message
 * carries a sentiment and an emotion label, written before the rules were tuned. Prints accuracy
 * and per-label precision and recall for both.
 */
class MoodEvaluationTest {

    private final MoodReader reader = new MoodReader();

    private record Example(String text, Mood label) {}

    /** Accuracy and per-label precision and recall of one reading over the set. */
    private record Score<L extends Enum<L>>(double accuracy, Map<L, int[]> counts, String misses) {

        double recall(L label) {
            int[] c = counts.get(label);
            return c[2] == 0 ? 0 : c[0] / (double) c[2];
        }

        String table(String what, int size) {
            StringBuilder table = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%n%s on %d labelled messages: accuracy %.2f%n| label | precision | recall |%n|---|---|---|%n",
                    what,
                    size,
                    accuracy));
            counts.forEach((label, c) -> table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f |%n",
                    label.name().toLowerCase(Locale.ROOT),
                    c[1] == 0 ? 0 : c[0] / (double) c[1],
                    recall(label))));
            return table + misses;
        }
    }

    @Test
    void readsTheSentimentOfTheLabelledSetWellEnough() throws Exception {
        List<Example> examples = examples();
        Score<Sentiment> score = score(examples, Sentiment.class, Mood::sentiment);
        System.out.println(score.table("Sentiment", examples.size()));

        assertThat(examples).hasSizeGreaterThanOrEqualTo(120);
        assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall(Sentiment.NEGATIVE))
                .as("recall of negative: an upset customer must be noticed")
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void readsTheEmotionOfTheLabelledSetWellEnough() throws Exception {
        List<Example> examples = examples();
        Score<Emotion> score = score(examples, Emotion.class, Mood::emotion);
        System.out.println(score.table("Emotion", examples.size()));

        assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.8);
        assertThat(score.recall(Emotion.ANGER))
                .as("recall of anger: the reply must not be chatty to an angry customer")
                .isGreaterThanOrEqualTo(0.8);
        assertThat(score.recall(Emotion.NONE))
                .as("a plain question must not be read as feeling")
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
        assertThat(reader.read(text).sentiment()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        I am not happy with this          | DISAPPOINTMENT
        Don't worry about it              | NONE
        不着急，慢慢来                      | NONE
        Thanks, but it still doesn't work | FRUSTRATION
        It's not great, but it works      | NONE
        我很生气，东西是坏的                 | ANGER
        Do you offer urgent delivery?     | NONE
        This is urgent!!                  | ANXIETY
        """)
    void negatedFeelingsTiesAndNearMisses(String text, Emotion expected) {
        assertThat(reader.read(text).emotion()).isEqualTo(expected);
    }

    private <L extends Enum<L>> Score<L> score(List<Example> examples, Class<L> type, Function<Mood, L> part) {
        Map<L, int[]> counts = new EnumMap<>(type); // true positives, predicted, actual
        for (L label : type.getEnumConstants()) {
            counts.put(label, new int[3]);
        }
        int correct = 0;
        StringBuilder misses = new StringBuilder();
        for (Example example : examples) {
            L read = part.apply(reader.read(example.text()));
            L label = part.apply(example.label());
            counts.get(read)[1]++;
            counts.get(label)[2]++;
            if (read == label) {
                correct++;
                counts.get(read)[0]++;
            } else {
                misses.append("  ")
                        .append(label)
                        .append(" read as ")
                        .append(read)
                        .append(": ")
                        .append(example.text())
                        .append('\n');
            }
        }
        return new Score<>(correct / (double) examples.size(), counts, misses.toString());
    }

    private static List<Example> examples() throws Exception {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = MoodEvaluationTest.class.getResourceAsStream("/sentiment/labelled.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode node = Json.MAPPER.readTree(line);
                    examples.add(new Example(
                            node.path("text").asText(),
                            new Mood(
                                    Sentiment.fromWire(node.path("label").asText())
                                            .orElseThrow(),
                                    Emotion.fromWire(node.path("emotion").asText())
                                            .orElseThrow())));
                }
            }
        }
        return examples;
    }
}
