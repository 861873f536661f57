package dev.rapport.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Runs the labelled bilingual question set of the demo store against an index: top-3 retrieval hit
 * rate, FAQ fast-path precision and coverage, false answers to what nothing answers, and in-process
 * retrieval latency. Shared by the lexical-only and the embedding evaluations.
 */
public final class KnowledgeEvaluation {

    /** One labelled question; no answers means nothing in the store answers it. */
    public record Question(String text, Set<String> answers) {}

    public record Report(
            String name,
            int answerable,
            int unanswerable,
            double hitRateTop3,
            int fastPathFired,
            int fastPathCorrect,
            int falseAnswers,
            int groundedCorrectly,
            double p50Micros,
            double p99Micros,
            List<String> misses) {

        /** Answerable questions that got the right FAQ answer, or the right entry among the grounding. */
        public double answeredRate() {
            return (double) groundedCorrectly / answerable;
        }

        public double fastPathPrecision() {
            return fastPathFired == 0 ? 1.0 : (double) fastPathCorrect / fastPathFired;
        }

        public double fastPathCoverage() {
            return (double) fastPathFired / answerable;
        }

        public String summary() {
            return String.format(
                    "%s: %d answerable + %d unanswerable questions | top-3 hit rate %.3f | FAQ fast path precision"
                            + " %.3f (%d/%d), coverage %.3f | false answers on unanswerable %d | answered from the right"
                            + " entry %.3f | retrieval latency p50 %.0f µs, p99 %.0f µs%n  misses: %s",
                    name,
                    answerable,
                    unanswerable,
                    hitRateTop3,
                    fastPathPrecision(),
                    fastPathCorrect,
                    fastPathFired,
                    fastPathCoverage(),
                    falseAnswers,
                    answeredRate(),
                    p50Micros,
                    p99Micros,
                    misses);
        }
    }

    private KnowledgeEvaluation() {}

    public static Path demoStore() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("demo-store"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("demo-store not found above the working directory");
        }
        return dir.resolve("demo-store");
    }

    public static List<Question> questions(Path demoStore) {
        try {
            List<Question> questions = new ArrayList<>();
            for (String line : Files.readAllLines(demoStore.resolve("eval/questions.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = Json.MAPPER.readTree(line);
                List<String> answers = new ArrayList<>();
                node.path("answers").forEach(a -> answers.add(a.asText()));
                questions.add(new Question(node.path("question").asText(), Set.copyOf(answers)));
            }
            return questions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report run(String name, KnowledgeIndex index, KnowledgeSettings settings, List<Question> questions) {
        KnowledgeAdvisor advisor = new KnowledgeAdvisor(() -> index, settings);
        int answerable = 0;
        int hits = 0;
        int fired = 0;
        int correct = 0;
        int falseAnswers = 0;
        int grounded = 0;
        List<String> misses = new ArrayList<>();
        long[] nanos = new long[questions.size()];
        // One untimed pass first: latency is measured on a warm index, as a running function has it.
        questions.forEach(q -> advisor.advise(q.text()));
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            long start = System.nanoTime();
            List<Retrieved> top = index.search(q.text(), 3);
            Advice advice = advisor.advise(q.text());
            nanos[i] = System.nanoTime() - start;
            if (q.answers().isEmpty()) {
                if (advice.answer().isPresent() || !advice.grounding().isEmpty()) {
                    falseAnswers++;
                    misses.add("answered unanswerable: " + q.text());
                }
                continue;
            }
            answerable++;
            if (top.stream().anyMatch(r -> q.answers().contains(r.id()))) {
                hits++;
            } else {
                misses.add(q.text() + " -> " + top.stream().map(Retrieved::id).toList());
            }
            if (advice.grounding().stream().anyMatch(r -> q.answers().contains(r.id()))
                    || advice.answer()
                            .filter(m -> q.answers().contains(m.faq().id()))
                            .isPresent()) {
                grounded++;
            }
            if (advice.answer().isPresent()) {
                fired++;
                if (q.answers().contains(advice.answer().get().faq().id())) {
                    correct++;
                } else {
                    misses.add("wrong FAQ for " + q.text() + ": "
                            + advice.answer().get().faq().id());
                }
            } else if (advice.grounding().isEmpty()) {
                misses.add("no grounding for " + q.text());
            }
        }
        Arrays.sort(nanos);
        return new Report(
                name,
                answerable,
                questions.size() - answerable,
                (double) hits / answerable,
                fired,
                correct,
                falseAnswers,
                grounded,
                percentile(nanos, 0.50) / 1000.0,
                percentile(nanos, 0.99) / 1000.0,
                misses);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
