package dev.rapport.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.catalog.Constraints;
import dev.rapport.catalog.Product;
import dev.rapport.json.Json;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.TestDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The product tools hold to what the customer avoids and requires, and say so when they leave items out. */
class ConstrainedToolsTest {

    private static final Product FLEECE = DemoShop.FABRIC_JACKETS.get(0);
    private static final Product DENIM = DemoShop.FABRIC_JACKETS.get(1);
    private static final Product BOMBER = DemoShop.FABRIC_JACKETS.get(2);

    private Toolbox toolbox;

    @BeforeEach
    void setUp() {
        DemoShop shop = DemoShop.create(TestDynamoDb.shared());
        DemoShop.FABRIC_JACKETS.forEach(shop.catalog()::put);
        toolbox = Toolbox.of(shop.catalog(), shop.orders());
    }

    private JsonNode run(String tool, Constraints constraints, String input) throws Exception {
        Supplier<String> ids = () -> "id-1";
        ToolContext context = new ToolContext(
                "customer-hash",
                null,
                List.of(),
                constraints,
                false,
                Instant.now(),
                ids,
                p -> java.util.Optional.empty(),
                null);
        ToolOutput output = toolbox.tool(tool).orElseThrow().run(context, Json.MAPPER.readTree(input));
        return Json.MAPPER.readTree(output.json());
    }

    private static List<String> skus(JsonNode result) {
        return result.path("products")
                .valueStream()
                .map(p -> p.path("sku").asText())
                .toList();
    }

    @Test
    void onlyCottonLeavesFabricsWithoutCottonOutOfASearchAndSaysWhy() throws Exception {
        JsonNode result =
                run("search_products", Constraints.of(List.of(), List.of("cotton")), "{\"category\":\"jacket\"}");

        assertThat(skus(result))
                .contains(DENIM.sku(), DemoShop.JACKET.sku())
                .doesNotContain(FLEECE.sku(), BOMBER.sku());
        assertThat(result.path("required").valueStream().map(JsonNode::asText)).containsExactly("cotton");
    }

    @Test
    void recommendationsHoldToTheSameRequirement() throws Exception {
        JsonNode result = run("recommend", Constraints.of(List.of(), List.of("纯棉")), "{\"category\":\"jacket\"}");

        assertThat(skus(result)).contains(DENIM.sku()).doesNotContain(FLEECE.sku(), BOMBER.sku());
    }

    @Test
    void withoutConstraintsNothingIsLeftOut() throws Exception {
        JsonNode result = run("search_products", Constraints.NONE, "{\"category\":\"jacket\"}");

        assertThat(skus(result)).contains(FLEECE.sku(), DENIM.sku(), BOMBER.sku());
        assertThat(result.has("required")).isFalse();
        assertThat(result.has("ruledOut")).isFalse();
    }

    @Test
    void aProductAskedForBySkuIsShownWithWhatItBreaks() throws Exception {
        JsonNode bomber = run("get_product", Constraints.of(List.of("wool"), List.of()), "{\"sku\":\"JK-BOMBER\"}");
        JsonNode fleece =
                run("get_product", Constraints.of(List.of(), List.of("cotton")), "{\"sku\":\"JK-FLEECE-ZIP\"}");
        JsonNode denim = run(
                "get_product", Constraints.of(List.of("wool"), List.of("cotton")), "{\"sku\":\"JK-DENIM-CLASSIC\"}");

        assertThat(bomber.path("found").asBoolean()).isTrue();
        assertThat(bomber.path("conflicts").path("madeOf").valueStream().map(JsonNode::asText))
                .containsExactly("wool");
        assertThat(fleece.path("conflicts").path("lacks").valueStream().map(JsonNode::asText))
                .containsExactly("cotton");
        assertThat(denim.has("conflicts")).isFalse();
    }
}
