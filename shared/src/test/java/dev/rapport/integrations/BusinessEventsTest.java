package dev.rapport.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.campaigns.Audience;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.orders.AuditEntry;
import dev.rapport.orders.Order;
import dev.rapport.orders.OrderChange;
import dev.rapport.orders.OrderStatus;
import dev.rapport.orders.OrderStore;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.reminders.DueSlots;
import dev.rapport.reminders.InboxMessage;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.storage.dynamodb.DynamoDbIntegrationStore;
import dev.rapport.storage.dynamodb.DynamoDbOrderStore;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** The business's events on the embedded DynamoDB engine: once each, never older over newer, refused ones untouched. */
class BusinessEventsTest {

    private static final String ADDRESS = "上海市浦东新区世纪大道100号";

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final List<DeadLetters.DeadLetter> deadLetters = new ArrayList<>();
    private String ordersTable;
    private String memoryTable;
    private String remindersTable;
    private BusinessEvents events;
    private DynamoDbOrderStore orders;
    private DynamoDbCampaignStore audience;
    private String customer;

    @BeforeEach
    void setUp() {
        ordersTable = dynamo.createOrdersTable();
        memoryTable = dynamo.createMemoryTable();
        remindersTable = dynamo.createRemindersTable();
        events = new BusinessEvents(
                new DynamoDbIntegrationStore(
                        dynamo.client(), ordersTable, memoryTable, remindersTable, Clock.systemUTC()),
                new PiiRedactor(),
                Clock.systemUTC());
        orders = new DynamoDbOrderStore(dynamo.enhanced(), ordersTable);
        audience = new DynamoDbCampaignStore(dynamo.client(), dynamo.createCampaignsTable(), memoryTable, "unused");
        customer = "cust-" + UUID.randomUUID();
    }

    @Test
    void anOrderPlacedIsStoredUnderTheCustomersHashWithItsAddressAsAPlaceholder() {
        assertThat(events.apply(placed("e1", "7001", 1, "processing"))).isEqualTo(BusinessEvents.Outcome.APPLIED);

        Order order = orders.order(hash(customer), "7001").orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(order.deliveryAddress()).isEqualTo("[ADDRESS_1]");
        assertThat(order.items())
                .singleElement()
                .satisfies(line -> assertThat(line.sku()).isEqualTo("PH-AURORA-X1"));
        assertThat(scan(ordersTable)).doesNotContain(ADDRESS).doesNotContain(customer);
        assertThat(orders.order(hash("someone-else"), "7001")).isEmpty();
    }

    @Test
    void aRedeliveredEventAndAnOlderUpdateChangeNothing() {
        events.apply(placed("e1", "7002", 1, "processing"));
        assertThat(events.apply(updated("e3", "7002", 3, "delivered"))).isEqualTo(BusinessEvents.Outcome.APPLIED);

        assertThat(events.apply(updated("e2", "7002", 2, "shipped"))).isEqualTo(BusinessEvents.Outcome.STALE);
        assertThat(events.apply(updated("e3", "7002", 3, "delivered"))).isEqualTo(BusinessEvents.Outcome.STALE);
        assertThat(events.apply(placed("e1", "7002", 1, "processing"))).isEqualTo(BusinessEvents.Outcome.STALE);

        assertThat(orders.order(hash(customer), "7002").orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void anUpdateThatOvertookItsOrderWaitsWritesNothingAndAppliesOnceTheOrderIsThere() {
        String update = updated("e9", "7999", 2, "shipped");

        BusinessEvents.Outcome early = events.receive(update, "e9", "OrderUpdated", deadLetters::add);

        assertThat(early.waiting()).isTrue();
        assertThat(early.rejected()).isFalse();
        assertThat(early.reason()).contains("order not known yet");
        assertThat(orders.orders(hash(customer), 10)).isEmpty();
        assertThat(deadLetters).isEmpty();
        assertThat(events.apply(placed("e8", "7999", 1, "processing"))).isEqualTo(BusinessEvents.Outcome.APPLIED);
        assertThat(events.apply(update)).isEqualTo(BusinessEvents.Outcome.APPLIED);
        assertThat(orders.order(hash(customer), "7999").orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void malformedAndUnknownEventsAreDeadLetteredWithTheReasonAndNoAddress() {
        String unknown = envelope("e5", "OrderTeleported", "{\"deliveryAddress\":\"" + ADDRESS + "\"}");
        String badStatus = placed("e6", "7003", 1, "lost");
        String noItems = placed("e7", "7004", 1, "processing").replaceAll("\"items\":\\[.*?]", "\"items\":[]");

        for (String event : List.of("not json", unknown, badStatus, noItems)) {
            assertThat(events.receive(event, "id", "type", deadLetters::add).rejected())
                    .as(event)
                    .isTrue();
        }

        assertThat(deadLetters)
                .extracting(DeadLetters.DeadLetter::reason)
                .containsExactly(
                        "the event is not JSON",
                        "unknown detail-type 'OrderTeleported'",
                        "detail.status must be one of processing, shipped, delivered, cancelled",
                        "detail.items must hold 1-100 items");
        assertThat(deadLetters).allSatisfy(letter -> assertThat(letter.event()).doesNotContain(ADDRESS));
        assertThat(orders.orders(hash(customer), 10)).isEmpty();
    }

    @Test
    void theBusinesssAnswerToAConfirmedCancelSetsTheOrderAndTellsTheCustomerOnceInTheirLanguage() {
        events.apply(placed("e1", "7005", 1, "processing"));
        assertThat(orders.execute(
                        hash(customer),
                        new OrderChange(OrderChange.Kind.CANCEL, "7005", null),
                        new AuditEntry(
                                "act-1",
                                "cancel_order",
                                "7005",
                                "取消订单7005",
                                "customer",
                                Instant.parse("2026-12-07T09:00:00Z"),
                                Instant.parse("2026-12-07T09:01:00Z"),
                                null,
                                "zh")))
                .isEqualTo(OrderStore.ActionResult.DONE);

        String refusal = answer("e2", "7005", 2, "processing", "act-1", "refused");
        assertThat(events.apply(refusal)).isEqualTo(BusinessEvents.Outcome.APPLIED);
        assertThat(events.apply(answer("e3", "7005", 3, "cancelled", "act-1", "done")))
                .isEqualTo(BusinessEvents.Outcome.STALE);
        assertThat(events.apply(answer("e4", "7005", 4, "cancelled", "act-404", "done"))
                        .reason())
                .contains("requestId");
        assertThat(events.apply(answer("e5", "7005", 5, "cancelled", "act-1", "maybe"))
                        .reason())
                .contains("done or refused");

        assertThat(orders.order(hash(customer), "7005").orElseThrow().status()).isEqualTo(OrderStatus.PROCESSING);
        List<InboxMessage> inbox = new DynamoDbReminderStore(dynamo.client(), remindersTable, new DueSlots(4))
                .inbox(new Owner(hash(customer), Owner.DEFAULT_PROFILE), 10, null)
                .messages();
        assertThat(inbox).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo("order");
            assertThat(message.text()).contains("订单7005").contains("取消订单7005").contains("商家未能办理");
        });
    }

    @Test
    void anEventForACustomerErasedMomentsAgoBringsNothingBackAndIsNotDeadLettered() {
        dynamo.client()
                .putItem(b -> b.tableName(memoryTable)
                        .item(Map.of(
                                "pk", AttributeValue.fromS("C#" + hash(customer)),
                                "sk", AttributeValue.fromS("ERASURE"),
                                "expiresAt",
                                        AttributeValue.fromN(
                                                Long.toString(Instant.now().getEpochSecond() + 900)))));
        String update = envelope(
                "c9", "CustomerUpdated", "{\"customerId\":\"" + customer + "\",\"version\":1,\"region\":\"CN\"}");

        assertThat(events.receive(placed("e1", "7006", 1, "processing"), "e1", "OrderPlaced", deadLetters::add))
                .isEqualTo(BusinessEvents.Outcome.ERASED);
        assertThat(events.apply(update)).isEqualTo(BusinessEvents.Outcome.ERASED);

        assertThat(orders.orders(hash(customer), 10)).isEmpty();
        assertThat(scan(memoryTable)).doesNotContain("AUDIENCE").doesNotContain("CN");
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aCustomerUpdateWritesTheAudienceKeepsNoNameAndRefusesSensitiveSegments() {
        String update = envelope(
                "c1",
                "CustomerUpdated",
                "{\"customerId\":\"" + customer
                        + "\",\"version\":5,\"displayName\":\"王小明\",\"birthday\":\"1990-03-12\","
                        + "\"region\":\"CN\",\"locale\":\"zh-CN\",\"segments\":[\"VIP\",\"outdoor\"],\"marketingConsent\":true}");
        String older = envelope(
                "c0", "CustomerUpdated", "{\"customerId\":\"" + customer + "\",\"version\":4,\"region\":\"US\"}");
        String sensitive = envelope(
                "c2",
                "CustomerUpdated",
                "{\"customerId\":\"" + customer + "\",\"version\":6,\"segments\":[\"health\"]}");

        assertThat(events.apply(update)).isEqualTo(BusinessEvents.Outcome.APPLIED);
        assertThat(events.apply(older)).isEqualTo(BusinessEvents.Outcome.STALE);
        assertThat(events.apply(sensitive).reason()).contains("sensitive");

        Audience stored = audienceOf(hash(customer));
        assertThat(stored.region()).isEqualTo("CN");
        assertThat(stored.locale()).isEqualTo("zh-CN");
        assertThat(stored.tags()).containsExactly("vip", "outdoor");
        assertThat(stored.birthMonth()).isEqualTo(3);
        assertThat(stored.birthDay()).isEqualTo(12);
        assertThat(scan(memoryTable)).doesNotContain("王小明").doesNotContain("1990");
    }

    @Test
    void aCrmOptOutWithdrawsMarketingConsentInRapportAndACrmOptInGrantsNone() {
        DynamoDbSettingsStore settings = new DynamoDbSettingsStore(dynamo.enhanced(), memoryTable, Clock.systemUTC());
        String optedIn = hash(customer);
        String neverAsked = hash("cust-" + UUID.randomUUID());
        settings.replace(optedIn, 0, withMarketing(true));
        settings.replace(neverAsked, 0, withMarketing(false));
        long before = settings.load(optedIn).version();

        assertThat(events.apply(consent("o1", customer, 1, false))).isEqualTo(BusinessEvents.Outcome.APPLIED);
        assertThat(events.apply(consent("o2", customer, 2, true))).isEqualTo(BusinessEvents.Outcome.APPLIED);
        String unknown = "cust-" + UUID.randomUUID();
        assertThat(events.apply(consent("o3", unknown, 1, false))).isEqualTo(BusinessEvents.Outcome.APPLIED);

        assertThat(settings.load(optedIn).settings().marketingOptIn()).isFalse();
        assertThat(settings.load(optedIn).version()).isGreaterThan(before);
        // A settings write read before the withdrawal cannot undo it: its version is gone.
        assertThat(settings.replace(optedIn, before, withMarketing(true))).isFalse();
        assertThat(settings.load(neverAsked).settings().marketingOptIn()).isFalse();
        assertThat(settings.find(hash(unknown))).isEmpty();
    }

    private static CustomerSettings withMarketing(boolean optIn) {
        CustomerSettings d = CustomerSettings.DEFAULTS;
        return new CustomerSettings(
                d.memoryEnabled(), d.sensitiveMemoryAllowed(), optIn, d.timezone(), d.locale(), d.profiles());
    }

    private String consent(String id, String customerId, long version, boolean consent) {
        return envelope(
                id,
                "CustomerUpdated",
                "{\"customerId\":\"" + customerId + "\",\"version\":" + version + ",\"marketingConsent\":" + consent
                        + "}");
    }

    private Audience audienceOf(String customerHash) {
        String cursor = null;
        do {
            var page = audience.audience(cursor, 1000);
            for (Audience a : page.audience()) {
                if (a.customerHash().equals(customerHash)) {
                    return a;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        throw new AssertionError("no audience item");
    }

    private String placed(String id, String orderId, long version, String status) {
        return envelope(
                id,
                "OrderPlaced",
                "{\"orderId\":\"" + orderId + "\",\"customerId\":\"" + customer + "\",\"version\":" + version
                        + ",\"status\":\"" + status + "\",\"placedAt\":\"2026-12-07T08:00:00Z\","
                        + "\"items\":[{\"sku\":\"PH-AURORA-X1\",\"name\":\"Aurora X1 phone\",\"quantity\":1,\"price\":\"2999.00\"}],"
                        + "\"deliveryAddress\":\"" + ADDRESS + "\",\"deliverySlot\":\"2026-12-10 09:00-12:00\"}");
    }

    private String answer(String id, String orderId, long version, String status, String requestId, String result) {
        return envelope(
                id,
                "OrderUpdated",
                "{\"orderId\":\"" + orderId + "\",\"customerId\":\"" + customer + "\",\"version\":" + version
                        + ",\"status\":\"" + status + "\",\"requestId\":\"" + requestId + "\",\"result\":\"" + result
                        + "\"}");
    }

    private String updated(String id, String orderId, long version, String status) {
        return envelope(
                id,
                "OrderUpdated",
                "{\"orderId\":\"" + orderId + "\",\"customerId\":\"" + customer + "\",\"version\":" + version
                        + ",\"status\":\"" + status + "\"}");
    }

    private static String envelope(String id, String type, String detail) {
        return "{\"version\":\"0\",\"id\":\"" + id + "\",\"detail-type\":\"" + type + "\",\"source\":\"acme.orders\","
                + "\"account\":\"123456789012\",\"time\":\"2026-12-07T08:00:00Z\",\"region\":\"cn-north-1\","
                + "\"resources\":[],\"detail\":" + detail + "}";
    }

    private String scan(String table) {
        return dynamo.client().scan(ScanRequest.builder().tableName(table).build()).items().stream()
                .map(item -> item.values().stream()
                        .map(AttributeValue::toString)
                        .toList()
                        .toString())
                .toList()
                .toString();
    }

    private static String hash(String subject) {
        return Owner.of(new Caller(subject, Set.of()), null).customerHash();
    }
}
