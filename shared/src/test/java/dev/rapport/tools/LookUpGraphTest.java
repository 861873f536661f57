package dev.rapport.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.graph.DemoGraph;
import dev.rapport.json.Json;
import dev.rapport.testing.TestDynamoDb;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code graph_lookup} over the demo graph: what it returns, and what it leaves out. */
class LookUpGraphTest {

    private static LookUpGraph tool;

    @BeforeAll
    static void setUp() {
        DemoGraph graph = DemoGraph.create(TestDynamoDb.shared());
        tool = new LookUpGraph(graph.lookup(), graph.names());
    }

    @Test
    void aCustomerWhoAvoidsAnimalProductsGetsNoAlternativeMadeOfOne() {
        ToolOutput plain = run(List.of(), "{\"entity\":\"Light down jacket\",\"relation\":\"alternatives\"}");
        ToolOutput vegan = run(
                List.of("I'm vegan and avoid animal products"),
                "{\"entity\":\"Light down jacket\",\"relation\":\"alternatives\"}");

        assertThat(others(plain)).contains("JK-DOWN-ARCTIC", "JK-FLEECE-ZIP");
        assertThat(others(vegan)).contains("JK-FLEECE-ZIP").doesNotContain("JK-DOWN-ARCTIC");
        assertThat(json(vegan).path("withoutFromMemory").asBoolean()).isTrue();
        assertThat(vegan.sources()).extracting(s -> s.id()).contains("JK-DOWN-LIGHT:made_of:mat-duck-down");
    }

    @Test
    void thisPhoneIsTheOneAnEarlierMessageNamed() {
        ToolOutput output = run(
                List.of(), "{\"entity\":\"这个手机能用哪个充电器？\",\"relation\":\"compatible\",\"context\":[\"我买了云端 12 手机\"]}");

        assertThat(json(output).path("entity").path("id").asText()).isEqualTo("PH-NIMBUS-12");
        assertThat(json(output).path("facts").get(0).path("id").asText())
                .isEqualTo("PH-NIMBUS-12:compatible_with:CH-GAN-65");
    }

    @Test
    void whenEveryFixStepWasTriedTheToolSaysHandOver() {
        ToolOutput output = run(
                List.of(),
                "{\"entity\":\"Sport neckband earphones won't connect\",\"relation\":\"troubleshoot\",\"tried\":3}");

        assertThat(json(output).path("exhausted").asBoolean()).isTrue();
        assertThat(output.handOver()).isTrue();
    }

    @Test
    void anUnknownEntityIsNotFoundAndABadRelationIsSaidBackToTheModel() {
        assertThat(json(run(List.of(), "{\"entity\":\"a flying carpet\",\"relation\":\"materials\"}"))
                        .path("found")
                        .asBoolean())
                .isFalse();
        assertThat(run(List.of(), "{\"entity\":\"Aurora X1\",\"relation\":\"colour\"}")
                        .error())
                .isTrue();
        assertThat(run(List.of(), "{}").error()).isTrue();
    }

    private static ToolOutput run(List<String> memories, String input) {
        ToolContext context = new ToolContext("customer-hash", null, memories, false, Instant.now(), () -> "id");
        return tool.run(context, Json.MAPPER.valueToTree(Json.read(input, java.util.Map.class)));
    }

    private static List<String> others(ToolOutput output) {
        return json(output).path("facts").findValuesAsText("id");
    }

    private static JsonNode json(ToolOutput output) {
        return Json.MAPPER.valueToTree(Json.read(output.json(), java.util.Map.class));
    }
}
