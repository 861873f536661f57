package dev.rapport.testing;

import dev.rapport.catalog.Product;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.orders.Order;
import dev.rapport.orders.OrderStatus;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import dev.rapport.storage.dynamodb.DynamoDbOrderStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small shop on the embedded DynamoDB: a few products and orders, under fresh table names. */
public record DemoShop(String productsTable, String ordersTable, DynamoDbCatalog catalog, DynamoDbOrderStore orders) {

    public static final Product PHONE = new Product(
            "PH-AURORA-X1",
            "极光 X1 手机",
            "Aurora X1 phone",
            "phone",
            List.of("black", "blue"),
            List.of("128GB", "256GB"),
            new BigDecimal("2999.00"),
            "CNY",
            Map.of(
                    "batteryHoursMixed",
                    "30",
                    "batteryHoursMixed@CN",
                    "32",
                    "batteryHoursMixed@EU",
                    "27",
                    "batteryHoursVideo",
                    "22",
                    "batteryHoursVideo@CN",
                    "24"),
            50);
    public static final Product CHARGER = new Product(
            "CH-GAN-65",
            "65W 氮化镓充电器",
            "65W GaN charger",
            "charger",
            List.of("white"),
            List.of(),
            new BigDecimal("199.00"),
            "CNY",
            Map.of("watts", "65"),
            200);
    public static final Product JACKET = new Product(
            "JK-TRAIL-NAVY",
            "山径防风夹克",
            "Trail windbreaker jacket",
            "jacket",
            List.of("navy", "red"),
            List.of("S", "M", "L", "XL"),
            new BigDecimal("599.00"),
            "CNY",
            Map.of(),
            12);

    /** Jackets of three fabrics, for what a customer avoids or requires. */
    public static final List<Product> FABRIC_JACKETS = List.of(
            fabricJacket("JK-FLEECE-ZIP", "Zip fleece jacket", "polyester"),
            fabricJacket("JK-DENIM-CLASSIC", "Classic denim jacket", "denim, cotton"),
            fabricJacket("JK-BOMBER", "Bomber jacket", "wool, leather"));

    private static Product fabricJacket(String sku, String name, String materials) {
        return new Product(
                sku,
                name,
                name,
                "jacket",
                List.of("blue"),
                List.of("M"),
                new BigDecimal("399.00"),
                "CNY",
                Map.of("materials", materials),
                5);
    }

    public static DemoShop create(TestDynamoDb dynamo) {
        String products = dynamo.createProductsTable();
        String orders = dynamo.createOrdersTable();
        DemoShop shop = new DemoShop(
                products,
                orders,
                new DynamoDbCatalog(dynamo.enhanced(), products, Duration.ZERO, Clock.systemUTC()),
                new DynamoDbOrderStore(dynamo.enhanced(), orders));
        List.of(PHONE, CHARGER, JACKET).forEach(shop.catalog()::put);
        return shop;
    }

    /** Order {@code orderId} for {@code customer}: the phone and a charger, still processing. */
    public Order placeOrder(Caller customer, String orderId, OrderStatus status) {
        Order order = new Order(
                orderId,
                status,
                List.of(
                        new Order.Line(PHONE.sku(), PHONE.nameEn(), 1, PHONE.price()),
                        new Order.Line(CHARGER.sku(), CHARGER.nameEn(), 1, CHARGER.price())),
                "[ADDRESS_1]",
                "2026-12-03 09:00-12:00",
                Instant.parse("2026-11-28T08:00:00Z"));
        orders.put(Owner.of(customer, null).customerHash(), order);
        return order;
    }

    public static Caller customer(String name) {
        return new Caller(name + "-" + java.util.UUID.randomUUID(), Set.of());
    }
}
