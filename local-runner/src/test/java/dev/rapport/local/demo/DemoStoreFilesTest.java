package dev.rapport.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.catalog.Product;
import dev.rapport.catalog.ProductInput;
import dev.rapport.json.Json;
import dev.rapport.local.testing.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo store's files hold what the admin API accepts, in both languages, and orders of real products. */
class DemoStoreFilesTest {

    private static final Path DIR = Repository.ROOT.resolve("demo-store");

    @Test
    void everyProductIsValidBilingualAndUnique() throws Exception {
        List<Product> products = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(DemoStore.PRODUCTS))) {
            JsonNode node = Json.MAPPER.readTree(line);
            assertThat(node.path("kind").asText()).isEqualTo("product");
            products.add(ProductInput.read(node.path("sku").asText(), node));
        }

        assertThat(products).hasSizeGreaterThanOrEqualTo(50);
        assertThat(products).extracting(Product::sku).doesNotHaveDuplicates();
        assertThat(products).allSatisfy(p -> {
            assertThat(p.nameZh()).containsPattern("\\p{IsHan}");
            assertThat(p.nameEn()).containsPattern("[A-Za-z]");
        });
        assertThat(products)
                .filteredOn(p -> p.category().equals("phone"))
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(p -> assertThat(p.spec("batteryHoursMixed", "CN")).isNotBlank());
        assertThat(products)
                .filteredOn(p -> p.category().equals("jacket"))
                .allSatisfy(p -> assertThat(p.sizes()).isNotEmpty());
        // What things are made of, so a customer's constraints can be checked against them.
        assertThat(products)
                .filteredOn(p -> Set.of("jacket", "shoes", "bag", "watch").contains(p.category()))
                .allSatisfy(p -> assertThat(p.madeOf()).isNotEmpty());
    }

    @Test
    void ordersNameCatalogProductsAndHoldNoAddress() throws Exception {
        Set<String> skus = new HashSet<>();
        for (String line : Files.readAllLines(DIR.resolve(DemoStore.PRODUCTS))) {
            skus.add(Json.MAPPER.readTree(line).path("sku").asText());
        }
        List<JsonNode> orders = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(DemoStore.ORDERS))) {
            orders.add(Json.MAPPER.readTree(line));
        }

        assertThat(orders).anySatisfy(o -> {
            assertThat(o.path("customer").asText()).isEqualTo("alice");
            assertThat(o.path("orderId").asText()).isEqualTo("1042");
            assertThat(o.path("status").asText()).isEqualTo("processing");
        });
        assertThat(orders).allSatisfy(o -> {
            assertThat(o.path("deliveryAddress").asText()).matches("\\[ADDRESS_\\d+]|vault:.+");
            o.path("items").forEach(i -> assertThat(skus).contains(i.path("sku").asText()));
        });
    }
}
