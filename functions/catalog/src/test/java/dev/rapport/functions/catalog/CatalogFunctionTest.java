package dev.rapport.functions.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.catalog.CatalogAdmin;
import dev.rapport.catalog.Product;
import dev.rapport.graph.CatalogNodes;
import dev.rapport.graph.GraphEdge;
import dev.rapport.graph.GraphNode;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.json.Json;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import dev.rapport.storage.dynamodb.DynamoDbGraphStore;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.wiring.CatalogApplication;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/** Product upkeep through the catalog function, driven by events/kb-product-put.json, on the embedded DynamoDB. */
class CatalogFunctionTest {

    static {
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private DynamoDbCatalog catalog;
    private DynamoDbGraphStore graph;
    private CatalogFunction function;

    @BeforeEach
    void setUp() {
        String table = dynamo.createProductsTable();
        catalog = new DynamoDbCatalog(dynamo.enhanced(), table, Duration.ZERO, Clock.systemUTC());
        graph = new DynamoDbGraphStore(dynamo.enhanced(), dynamo.createGraphTable());
        graph.importAll(
                List.of(new GraphNode("cat-phone", GraphNode.CATEGORY, "手机", "Phones", null, null, Map.of())),
                List.of());
        function = new CatalogFunction(
                new CatalogApplication(new CatalogAdmin(catalog, new CatalogNodes(graph))),
                new JwtClaims("cognito:groups"));
    }

    @Test
    void aProductPutKeepsItsGraphNodeAndCategoryEdgeInStep() throws Exception {
        function.handleRequest(event(null, null), new TestContext());

        var node = graph.outgoing("PH-AURORA-X1").orElseThrow();
        assertThat(node.node().nameEn()).isEqualTo("Aurora X1 phone");
        assertThat(node.node().attribute("price")).isEqualTo("2999.00");
        assertThat(node.of(GraphEdge.BELONGS_TO))
                .extracting(h -> h.other().id())
                .containsExactly("cat-phone");
    }

    @Test
    void aSupportAdminCreatesThenReplacesAProduct() throws Exception {
        APIGatewayV2HTTPResponse created = function.handleRequest(event(null, null), new TestContext());

        assertThat(created.getStatusCode()).isEqualTo(201);
        Product stored = catalog.product("PH-AURORA-X1").orElseThrow();
        assertThat(stored.nameZh()).isEqualTo("极光 X1 手机");
        assertThat(stored.price()).isEqualByComparingTo("2999.00");
        assertThat(stored.spec("batteryHoursMixed", "CN")).isEqualTo("32");
        assertThat(stored.spec("batteryHoursMixed", "US")).isEqualTo("30");
        assertThat(stored.colours()).containsExactly("black", "blue");

        APIGatewayV2HTTPResponse replaced =
                function.handleRequest(event(body -> body.put("stock", 3), null), new TestContext());

        assertThat(replaced.getStatusCode()).isEqualTo(200);
        assertThat(catalog.product("PH-AURORA-X1").orElseThrow().stock()).isEqualTo(3);
    }

    @Test
    void aCustomerIsForbiddenAndNothingIsWritten() throws Exception {
        APIGatewayV2HTTPResponse response = function.handleRequest(event(null, "[customers]"), new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(catalog.product("PH-AURORA-X1")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "price is negative | price | -5 | invalid-price",
                "price has three decimals | price | 9.999 | invalid-price",
                "price is text | price | cheap | invalid-price",
                "currency is not ISO 4217 | currency | yuan | invalid-currency",
                "category is missing | category | | invalid-category",
                "english name is missing | nameEn | | missing-field",
                "body sku differs from the path | sku | PH-OTHER | sku-mismatch",
                "unknown field | colour | red | unknown-field"
            })
    void badProductsAreClearProblemsAndChangeNothing(String why, String field, String value, String slug)
            throws Exception {
        APIGatewayV2HTTPResponse response = function.handleRequest(
                event(
                        body -> {
                            if (value == null) {
                                body.remove(field);
                            } else {
                                body.put(field, value);
                            }
                        },
                        null),
                new TestContext());

        assertThat(response.getStatusCode()).as(why).isEqualTo(400);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(Json.MAPPER.readTree(response.getBody()).path("type").asText())
                .endsWith(slug);
        assertThat(catalog.product("PH-AURORA-X1")).isEmpty();
    }

    @Test
    void tooManySizesAreRefused() throws Exception {
        APIGatewayV2HTTPResponse response = function.handleRequest(
                event(
                        body -> {
                            var sizes = body.putArray("sizes");
                            for (int i = 0; i < 21; i++) {
                                sizes.add("S" + i);
                            }
                        },
                        null),
                new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(catalog.product("PH-AURORA-X1")).isEmpty();
    }

    private interface Edit {
        void apply(ObjectNode body);
    }

    private static APIGatewayV2HTTPEvent event(Edit edit, String groups) throws Exception {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("../../events/kb-product-put.json");
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree(event.getBody());
        Optional.ofNullable(edit).ifPresent(e -> e.apply(body));
        event.setBody(Json.write(body));
        if (groups != null) {
            Map<String, String> claims = new HashMap<>(
                    event.getRequestContext().getAuthorizer().getJwt().getClaims());
            claims.put("cognito:groups", groups);
            event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        }
        return event;
    }
}
