package dev.rapport.functions.knowledge;

import static dev.rapport.functions.knowledge.KnowledgeFunctionTest.event;
import static dev.rapport.functions.knowledge.KnowledgeFunctionTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.graph.GraphAdmin;
import dev.rapport.graph.GraphEdge;
import dev.rapport.graph.GraphFile;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.knowledge.KnowledgeAdmin;
import dev.rapport.storage.dynamodb.DynamoDbGraphStore;
import dev.rapport.storage.dynamodb.DynamoDbKnowledgeStore;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/** The graph's admin routes driven by the API Gateway v2 events in events/, over the demo graph. */
class GraphRoutesTest {

    static {
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private DynamoDbGraphStore graph;
    private KnowledgeFunction function;

    @BeforeEach
    void setUp() throws IOException {
        graph = new DynamoDbGraphStore(dynamo.enhanced(), dynamo.createGraphTable());
        GraphAdmin admin = new GraphAdmin(graph);
        GraphFile demo = GraphFile.parse(Files.readAllLines(Path.of("../../demo-store/graph.jsonl")));
        admin.importAll(demo.nodes(), demo.edges());
        KnowledgeAdmin knowledge = new KnowledgeAdmin(
                new DynamoDbKnowledgeStore(dynamo.enhanced(), dynamo.createKnowledgeTable(), Clock.systemUTC()), null);
        function = new KnowledgeFunction(knowledge, admin, new JwtClaims("cognito:groups"));
    }

    @Test
    void anAdminReadsANodeWithItsEdgesBothWays() {
        APIGatewayV2HTTPResponse response = handle(event("kb-graph-node-get"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("node").path("nameZh").asText()).isEqualTo("极光 X1 手机");
        assertThat(body.path("outgoing").findValuesAsText("id")).contains("PH-AURORA-X1:compatible_with:CH-GAN-100");
        assertThat(body.path("incoming").findValuesAsText("id")).contains("AC-CASE-X1:accessory_of:PH-AURORA-X1");
    }

    @Test
    void aNodeThenAnEdgeToItAreUpsertedAndTheEdgeReadsFromBothEnds() {
        assertThat(handle(event("kb-graph-node-put")).getStatusCode()).isEqualTo(200);
        APIGatewayV2HTTPResponse edge = handle(event("kb-graph-edge-put"));

        assertThat(edge.getStatusCode()).isEqualTo(200);
        assertThat(json(edge).path("id").asText()).isEqualTo("PH-AURORA-LITE5:compatible_with:CH-GAN-30");
        assertThat(graph.outgoing("CH-GAN-30").orElseThrow().of(GraphEdge.COMPATIBLE_WITH))
                .extracting(h -> h.other().nameEn())
                .containsExactly("Aurora Lite 5 phone");
    }

    @Test
    void aDanglingEdgeIsA422AndWritesNothing() {
        APIGatewayV2HTTPResponse response = handle(event("kb-graph-edge-put"));

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(response.getHeaders().get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(json(response).path("type").asText()).endsWith("dangling-edge");
        assertThat(graph.outgoing("PH-AURORA-LITE5").orElseThrow().hops())
                .noneMatch(h -> h.other().id().equals("CH-GAN-30"));
    }

    @Test
    void anEdgeBetweenKindsItCannotJoinIsA422() {
        APIGatewayV2HTTPEvent event = event("kb-graph-edge-put");
        event.getPathParameters().put("kind", "made_of");
        event.getPathParameters().put("to", "policy-returns-30d");

        APIGatewayV2HTTPResponse response = handle(event);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(json(response).path("type").asText()).endsWith("edge-kinds");
    }

    @Test
    void deletingANodeTakesItsEdgesWithItAndASecondDeleteIs404() {
        handle(event("kb-graph-node-put"));
        handle(event("kb-graph-edge-put"));

        assertThat(handle(event("kb-graph-node-delete")).getStatusCode()).isEqualTo(200);
        assertThat(graph.outgoing("PH-AURORA-LITE5").orElseThrow().hops())
                .noneMatch(h -> h.other().id().equals("CH-GAN-30"));
        assertThat(handle(event("kb-graph-node-delete")).getStatusCode()).isEqualTo(404);
    }

    @Test
    void deletingAnEdgeRemovesItFromBothEnds() {
        handle(event("kb-graph-node-put"));
        handle(event("kb-graph-edge-put"));

        assertThat(handle(event("kb-graph-edge-delete")).getStatusCode()).isEqualTo(200);
        assertThat(graph.outgoing("CH-GAN-30").orElseThrow().hops()).isEmpty();
        assertThat(handle(event("kb-graph-edge-delete")).getStatusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsA400ProblemAndChangesNothing() {
        APIGatewayV2HTTPEvent noName = event("kb-graph-node-put");
        noName.setBody("{\"kind\":\"product\",\"nameZh\":\"充电器\"}");
        APIGatewayV2HTTPEvent badKind = event("kb-graph-node-put");
        badKind.setBody(badKind.getBody().replace("\"product\"", "\"planet\""));
        APIGatewayV2HTTPEvent badId = event("kb-graph-node-put");
        badId.getPathParameters().put("id", "has space");

        assertThat(json(handle(noName)).path("detail").asText()).contains("'nameEn' is required");
        assertThat(handle(badKind).getStatusCode()).isEqualTo(400);
        assertThat(handle(badId).getStatusCode()).isEqualTo(400);
        assertThat(graph.node("CH-GAN-30")).isEmpty();
    }

    @Test
    void aCustomerIsForbiddenOnEveryGraphRouteAndNothingChanges() {
        for (String name : new String[] {"kb-graph-node-get", "kb-graph-node-put", "kb-graph-node-delete"}) {
            APIGatewayV2HTTPEvent event = event(name);
            event.getRequestContext().getAuthorizer().getJwt().getClaims().remove("cognito:groups");
            assertThat(handle(event).getStatusCode()).as(name).isEqualTo(403);
        }
        assertThat(graph.node("CH-GAN-30")).isEmpty();
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return function.handleRequest(event, new TestContext());
    }
}
