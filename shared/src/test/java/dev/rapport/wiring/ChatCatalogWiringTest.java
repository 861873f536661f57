package dev.rapport.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.catalog.Catalog;
import dev.rapport.catalog.ProductQuery;
import dev.rapport.config.Environment;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import dev.rapport.storage.dynamodb.DynamoDbIndexedCatalog;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.DynamoDbOperations;
import dev.rapport.testing.TestDynamoDb;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat function's catalog by configuration: in memory unless {@code PRODUCTS_KNOWLEDGE_BASE_ID}
 * is set, and in neither case is the products table read while the function initialises.
 */
class ChatCatalogWiringTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final DynamoDbOperations operations = new DynamoDbOperations();
    private String previousRegion;
    private DemoShop shop;

    @BeforeEach
    void setUp() {
        shop = DemoShop.create(dynamo);
        // The managed path builds an SDK client, which needs a region; no request is sent here.
        previousRegion = System.getProperty("aws.region");
        System.setProperty("aws.region", "us-east-1");
    }

    @AfterEach
    void restore() {
        if (previousRegion == null) {
            System.clearProperty("aws.region");
        } else {
            System.setProperty("aws.region", previousRegion);
        }
    }

    @Test
    void unsetTheCatalogIsHeldInMemoryAsBeforeAndCopiedOnFirstUseNotAtInit() {
        Catalog catalog = ChatApplication.catalog(
                dynamo.enhanced(operations), Environment.of(Map.of("PRODUCTS_TABLE", shop.productsTable())));

        assertThat(catalog).isInstanceOf(DynamoDbCatalog.class);
        assertThat(operations.sent()).isEmpty();
        assertThat(catalog.search(new ProductQuery("jacket", null, null, null, null, null), 5))
                .extracting(p -> p.sku())
                .containsExactly(DemoShop.JACKET.sku());
        assertThat(operations.sent()).containsExactly("Scan");
    }

    @Test
    void setProductsAreSearchedInTheKnowledgeBaseAndTheTableIsNotReadAtInit() {
        Catalog catalog = ChatApplication.catalog(
                dynamo.enhanced(operations),
                Environment.of(
                        Map.of("PRODUCTS_TABLE", shop.productsTable(), "PRODUCTS_KNOWLEDGE_BASE_ID", "KBPROD1234")));

        assertThat(catalog).isInstanceOf(DynamoDbIndexedCatalog.class);
        assertThat(operations.sent()).isEmpty();
        assertThat(catalog.product(DemoShop.PHONE.sku())).contains(DemoShop.PHONE);
        assertThat(operations.sent()).containsExactly("GetItem");
    }
}
