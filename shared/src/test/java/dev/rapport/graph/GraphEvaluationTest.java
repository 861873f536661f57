package dev.rapport.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.actions.ActionDesk;
import dev.rapport.json.Json;
import dev.rapport.model.Message;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.tools.ToolContext;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled graph questions ({@code graph-eval/}) asked of the offline engine with its tools over
 * the demo graph. A question is answered right when the edges its reply cites name every expected
 * entity; a false fact is a cited edge the graph does not hold or the tool did not return.
 */
class GraphEvaluationTest {

    private static final Pattern MARKER = Pattern.compile("\\[([A-Za-z0-9][A-Za-z0-9._:-]{0,80})]");

    private static DemoGraph graph;
    private static ToolRunner runner;

    @BeforeAll
    static void setUp() {
        TestDynamoDb dynamo = TestDynamoDb.shared();
        graph = DemoGraph.create(dynamo);
        DemoShop shop = DemoShop.create(dynamo);
        runner = new ToolRunner(
                Toolbox.of(shop.catalog(), shop.orders(), graph.lookup(), graph.names()),
                new ActionDesk(shop.orders()));
    }

    /** Figures of one set of questions. */
    record Figures(int questions, int right, int falseFacts, List<String> wrong) {

        double rightRate() {
            return questions == 0 ? 0 : (double) right / questions;
        }
    }

    @Test
    void theHeldOutQuestionsAreAnsweredWithTheRightEntityAndNoFactTheGraphDoesNotHold() throws IOException {
        Figures held = evaluate("held-out.jsonl");
        Figures tuning = evaluate("tuning.jsonl");

        System.out.printf(
                "graph questions, held out: %d, right entity %.3f, false facts %d; tuning (optimistic): %d, right"
                        + " entity %.3f, false facts %d%n",
                held.questions(),
                held.rightRate(),
                held.falseFacts(),
                tuning.questions(),
                tuning.rightRate(),
                tuning.falseFacts());
        held.wrong().forEach(w -> System.out.println("  wrong: " + w));
        assertThat(held.questions()).isGreaterThanOrEqualTo(60);
        assertThat(held.falseFacts()).isZero();
        assertThat(tuning.falseFacts()).isZero();
        assertThat(held.rightRate()).isGreaterThanOrEqualTo(0.90);
    }

    private static Figures evaluate(String name) throws IOException {
        Set<String> held = new HashSet<>(graph.edgeIds());
        int questions = 0;
        int right = 0;
        int falseFacts = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/graph-eval/" + name))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode q = Json.MAPPER.readTree(line);
            String question = q.path("question").asText();
            ToolRunner.Turn turn = ask(question, q.path("locale").asText());
            String reply = turn.reply().message().text();
            Set<String> returned = new HashSet<>();
            turn.sources().forEach(s -> returned.add(s.id()));
            Set<String> named = new HashSet<>();
            Matcher m = MARKER.matcher(reply);
            while (m.find()) {
                String id = m.group(1);
                if (!held.contains(id) || !returned.contains(id)) {
                    falseFacts++;
                }
                String[] parts = id.split(":");
                if (parts.length == 3) {
                    named.add(parts[0]);
                    named.add(parts[2]);
                }
            }
            List<String> expected = new ArrayList<>();
            q.path("expected").forEach(e -> expected.add(e.asText()));
            questions++;
            if (named.containsAll(expected)) {
                right++;
            } else {
                wrong.add(q.path("id").asText() + " " + question + " -> " + reply);
            }
        }
        return new Figures(questions, right, falseFacts, wrong);
    }

    private static ToolRunner.Turn ask(String question, String locale) {
        ToolContext context =
                new ToolContext("customer-hash", null, List.of(), locale.equals("zh"), Instant.now(), () -> "id-1");
        ModelRequest request = new ModelRequest(
                "You are a shop assistant.", List.of(), List.of(Message.user(question)), List.of(), locale);
        return runner.run(context, question, List.of(), request, new OfflineEngine()::converse);
    }
}
