package dev.rapport.storage.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.catalog.CatalogUnavailableException;
import dev.rapport.catalog.Product;
import dev.rapport.catalog.ProductIndex;
import dev.rapport.catalog.ProductQuery;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.DynamoDbOperations;
import dev.rapport.testing.TestDynamoDb;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The managed catalog on the embedded DynamoDB: the index names SKUs, the table says what they are
 * now. The index here is a list of SKUs (the Retrieve adapter has its own tests against a stub).
 */
class DynamoDbIndexedCatalogTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final DynamoDbOperations operations = new DynamoDbOperations();
    private final List<ProductQuery> asked = new ArrayList<>();
    private final List<Integer> limits = new ArrayList<>();
    private List<String> indexed = List.of();
    private DemoShop shop;
    private DynamoDbIndexedCatalog catalog;

    @BeforeEach
    void setUp() {
        shop = DemoShop.create(dynamo);
        ProductIndex index = (query, limit) -> {
            asked.add(query);
            limits.add(limit);
            return indexed;
        };
        catalog = new DynamoDbIndexedCatalog(dynamo.enhanced(operations), shop.productsTable(), index);
    }

    @Test
    void aSearchReadsTheIndexedSkusInOneBatchAndKeepsTheIndexsOrder() {
        indexed = List.of(DemoShop.JACKET.sku(), DemoShop.PHONE.sku(), DemoShop.CHARGER.sku());
        ProductQuery query = new ProductQuery("something", null, null, null, null, null);

        List<Product> found = catalog.search(query, 5);

        assertThat(found)
                .extracting(Product::sku)
                .containsExactly(DemoShop.JACKET.sku(), DemoShop.PHONE.sku(), DemoShop.CHARGER.sku());
        assertThat(operations.sent()).containsExactly("BatchGetItem");
        assertThat(asked).containsExactly(query);
        assertThat(limits).as("room for the filters checked here").containsExactly(15);
    }

    @Test
    void everyFilterIsCheckedAgainOnTheCurrentProductAndTheLimitHolds() {
        indexed = List.of(DemoShop.JACKET.sku(), DemoShop.PHONE.sku(), DemoShop.CHARGER.sku());

        assertThat(catalog.search(new ProductQuery(null, null, "white", null, null, null), 5))
                .extracting(Product::sku)
                .containsExactly(DemoShop.CHARGER.sku());
        assertThat(catalog.search(new ProductQuery(null, null, null, null, null, new BigDecimal("600")), 5))
                .extracting(Product::sku)
                .containsExactly(DemoShop.JACKET.sku(), DemoShop.CHARGER.sku());
        assertThat(catalog.search(new ProductQuery(null, null, null, null, null, null), 1))
                .extracting(Product::sku)
                .containsExactly(DemoShop.JACKET.sku());
    }

    @Test
    void aSkuTheTableNoLongerHoldsIsLeftOutAndNothingIndexedReadsNothing() {
        indexed = List.of("GONE-1", DemoShop.PHONE.sku());
        assertThat(catalog.search(new ProductQuery("phone", null, null, null, null, null), 5))
                .extracting(Product::sku)
                .containsExactly(DemoShop.PHONE.sku());

        operations.clear();
        indexed = List.of();
        assertThat(catalog.search(new ProductQuery("phone", null, null, null, null, null), 5))
                .isEmpty();
        assertThat(operations.sent()).isEmpty();
    }

    @Test
    void oneProductIsOneGetItemAndNoSearch() {
        assertThat(catalog.product(DemoShop.PHONE.sku())).contains(DemoShop.PHONE);
        assertThat(catalog.product("NOPE-1")).isEmpty();

        assertThat(operations.sent()).containsExactly("GetItem", "GetItem");
        assertThat(asked).isEmpty();
    }

    @Test
    void anAdminsWriteSaysWhetherTheProductWasNewAndIsReadBackAtOnce() {
        Product cheaper = new Product(
                DemoShop.PHONE.sku(),
                DemoShop.PHONE.nameZh(),
                DemoShop.PHONE.nameEn(),
                "phone",
                DemoShop.PHONE.colours(),
                DemoShop.PHONE.sizes(),
                new BigDecimal("2799.00"),
                "CNY",
                DemoShop.PHONE.specs(),
                40);

        assertThat(catalog.put(cheaper)).isFalse();
        assertThat(catalog.product(DemoShop.PHONE.sku()).orElseThrow().price()).isEqualByComparingTo("2799.00");
    }

    @Test
    void anIndexThatCannotAnswerIsPassedOnForTheToolToSay() {
        DynamoDbIndexedCatalog down = new DynamoDbIndexedCatalog(dynamo.enhanced(), shop.productsTable(), (q, l) -> {
            throw new CatalogUnavailableException("throttled", null);
        });

        assertThatThrownBy(() -> down.search(new ProductQuery("phone", null, null, null, null, null), 5))
                .isInstanceOf(CatalogUnavailableException.class);
    }
}
