package dev.rapport.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.actions.ActionDesk;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.identity.Caller;
import dev.rapport.json.Json;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.orders.OrderStatus;
import dev.rapport.settings.SettingsService;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Product answers quote the catalog's own figures, for the customer's region when the catalog has one. */
class CatalogAnswersTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller alice = DemoShop.customer("alice");
    private final Caller bob = DemoShop.customer("bob");
    private DemoShop shop;
    private ChatService chat;
    private SettingsService settings;
    private Toolbox toolbox;

    @BeforeEach
    void setUp() {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        String memory = dynamo.createMemoryTable();
        shop = DemoShop.create(dynamo);
        toolbox = Toolbox.of(shop.catalog(), shop.orders());
        chat = ChatService.builder()
                .store(new DynamoDbConversationStore(
                        dynamo.enhanced(), tables.conversations(), tables.idempotency(), memory))
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .tools(new ToolRunner(toolbox, new ActionDesk(shop.orders())))
                .build();
        settings = new SettingsService(
                new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC()),
                new DynamoDbProfileData(dynamo.client(), List.of()),
                owner -> {});
    }

    @Test
    void batteryLifeIsTheCatalogFigureForTheCustomersRegion() {
        settings.update(alice, new SettingsUpdate(null, null, null, "Asia/Shanghai", "zh-CN", null));

        ChatReply reply = say(alice, "手机续航多久？");

        assertThat(reply.reply())
                .contains("极光 X1 手机")
                .contains("约 32 小时")
                .contains("约 24 小时")
                .contains("中国大陆");
    }

    @Test
    void withoutARegionTheGeneralFigureIsQuotedAndSaidToBeGeneral() {
        ChatReply reply = say(bob, "How long does the phone battery last?");

        assertThat(reply.reply())
                .contains("Aurora X1 phone")
                .contains("about 30 hours")
                .contains("general");
    }

    @Test
    void aEuropeanCustomerGetsTheEuropeanFigure() {
        settings.update(bob, new SettingsUpdate(null, null, null, "Europe/Berlin", null, null));

        assertThat(say(bob, "How long does the phone battery last?").reply())
                .contains("about 27 hours")
                .contains("Europe");
    }

    @Test
    void aSearchFiltersByColourAndSize() {
        assertThat(say(bob, "Do you have the jacket in navy, size M?").reply())
                .contains("Trail windbreaker jacket")
                .contains("599.00 CNY");
        assertThat(say(bob, "有没有白色的充电器？").reply()).contains("65W 氮化镓充电器");
    }

    @Test
    void recommendationsFollowPurchasesAndSkipWhatTheCustomerOwns() {
        shop.placeOrder(alice, "1042", OrderStatus.DELIVERED);
        ToolOutput output = toolbox.tool("recommend").orElseThrow().run(context(alice), Json.MAPPER.createObjectNode());

        JsonNode result = read(output);
        assertThat(result.path("products"))
                .extracting(p -> p.path("sku").asText())
                .doesNotContain(DemoShop.PHONE.sku(), DemoShop.CHARGER.sku());
        assertThat(result.path("basedOn").path("purchases"))
                .extracting(JsonNode::asText)
                .contains(DemoShop.PHONE.sku());
    }

    @Test
    void unknownSkusAndOrdersAreOrdinaryNotFoundAnswers() throws Exception {
        JsonNode product = read(toolbox.tool("get_product")
                .orElseThrow()
                .run(context(bob), Json.MAPPER.readTree("{\"sku\":\"NOPE-1\"}")));
        JsonNode order = read(toolbox.tool("get_order_status")
                .orElseThrow()
                .run(context(bob), Json.MAPPER.readTree("{\"orderId\":\"999999\"}")));
        ToolOutput bad = toolbox.tool("get_order_status")
                .orElseThrow()
                .run(context(bob), Json.MAPPER.readTree("{\"orderId\":\"../../etc\"}"));

        assertThat(product.path("found").asBoolean()).isFalse();
        assertThat(order.path("found").asBoolean()).isFalse();
        assertThat(bad.error()).isTrue();
    }

    @Test
    void anOrderNeverReceivesARawAddressOrAMalformedSlot() throws Exception {
        shop.placeOrder(bob, "2051", OrderStatus.PROCESSING);

        ToolOutput raw = toolbox.tool("change_delivery_address")
                .orElseThrow()
                .run(
                        context(bob),
                        Json.MAPPER.readTree("{\"orderId\":\"2051\",\"address\":\"12 Baker Street, London\"}"));
        ToolOutput slot = toolbox.tool("rebook_delivery")
                .orElseThrow()
                .run(
                        context(bob),
                        Json.MAPPER.readTree("{\"orderId\":\"2051\",\"slot\":\"whenever, call 13800138000\"}"));
        ToolOutput placeholder = toolbox.tool("change_delivery_address")
                .orElseThrow()
                .run(context(bob), Json.MAPPER.readTree("{\"orderId\":\"2051\",\"address\":\"[ADDRESS_2]\"}"));

        assertThat(raw.error()).isTrue();
        assertThat(raw.proposed()).isNull();
        assertThat(slot.error()).isTrue();
        assertThat(placeholder.proposed()).isNotNull();
        assertThat(placeholder.proposed().value()).isEqualTo("[ADDRESS_2]");
    }

    private ChatReply say(Caller caller, String message) {
        return chat.chat(caller, new ChatCommand(message, null, null, null, null));
    }

    private static ToolContext context(Caller caller) {
        return new ToolContext(
                dev.rapport.identity.Owner.of(caller, null).customerHash(),
                null,
                List.of(),
                false,
                Instant.now(),
                () -> UUID.randomUUID().toString());
    }

    private static JsonNode read(ToolOutput output) {
        try {
            return Json.MAPPER.readTree(output.json());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
