package dev.rapport.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.actions.ActionDesk;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.orders.OrderStatus;
import dev.rapport.personaldata.ErasureEvents;
import dev.rapport.personaldata.PersonalDataService;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbPersonalData;
import dev.rapport.storage.dynamodb.ErasureGuard;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * A new address reaches the order through the session's encrypted vault: the order ends with the
 * real address while the conversations table holds only the placeholder and ciphertext.
 */
class AddressVaultTest {

    private static final String ADDRESS = "上海市浦东新区世纪大道100号5栋1203室";

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller alice = DemoShop.customer("alice");
    private DemoShop shop;
    private TestDynamoDb.ConversationTables tables;
    private DynamoDbConversationStore store;

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        shop = DemoShop.create(dynamo);
        store = new DynamoDbConversationStore(
                dynamo.enhanced(), tables.conversations(), tables.idempotency(), dynamo.createMemoryTable());
        shop.placeOrder(alice, "1042", OrderStatus.PROCESSING);
    }

    @Test
    void theOrderGetsTheRealAddressWhileTheTableHoldsOnlyCiphertext() {
        ChatService chat = chat(Duration.ofMinutes(30));
        ChatReply proposal = say(chat, null, "订单1042的地址改为" + ADDRESS);
        assertThat(proposal.actions()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("change_delivery_address");
            assertThat(a.summary()).contains("[ADDRESS_1]").doesNotContain(ADDRESS);
        });

        ChatReply done = say(chat, proposal.sessionId(), "确认");

        assertThat(done.actions())
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("done"));
        assertThat(done.reply()).contains("[ADDRESS_1]").doesNotContain(ADDRESS);
        assertThat(shop.orders().order(hash(), "1042").orElseThrow().deliveryAddress())
                .isEqualTo(ADDRESS);
        List<Map<String, AttributeValue>> items = scan(tables.conversations());
        assertThat(items).anySatisfy(item -> assertThat(item).containsKey("vault"));
        assertThat(items)
                .allSatisfy(item ->
                        assertThat(item.toString()).doesNotContain(ADDRESS).doesNotContain("世纪大道"));
    }

    @Test
    void theExportShowsPlaceholdersOnlyAndErasureRemovesTheVault() {
        ChatService chat = chat(Duration.ofMinutes(30));
        say(chat, null, "订单1042的地址改为" + ADDRESS);
        PersonalDataService personalData = new PersonalDataService(
                new DynamoDbPersonalData(
                        dynamo.client(),
                        List.of(new DynamoDbPersonalData.Table(
                                "conversations", tables.conversations(), List.of("pk", "sk"))),
                        new ErasureGuard(dynamo.createMemoryTable(), Clock.systemUTC()),
                        ErasureGuard.DEFAULT_PERIOD),
                ErasureEvents.NONE,
                Clock.systemUTC());

        List<Map<String, Object>> exported = personalData.export(alice).data().get("conversations");

        assertThat(exported).isNotEmpty().allSatisfy(item -> assertThat(item).doesNotContainKey("vault"));
        assertThat(exported.toString()).contains("[ADDRESS_1]").doesNotContain(ADDRESS);
        personalData.erase(alice);
        assertThat(scan(tables.conversations()))
                .noneSatisfy(item -> assertThat(item).containsKey("vault"));
    }

    @Test
    void anExpiredAddressIsRefusedAndTheOrderIsUnchanged() {
        ChatService chat = chat(Duration.ZERO);
        String before = shop.orders().order(hash(), "1042").orElseThrow().deliveryAddress();
        ChatReply proposal = say(chat, null, "订单1042的地址改为" + ADDRESS);

        ChatReply refused = say(chat, proposal.sessionId(), "确认");

        assertThat(refused.actions())
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("refused"));
        assertThat(refused.reply()).contains("已过期").contains("未作更改");
        assertThat(shop.orders().order(hash(), "1042").orElseThrow().deliveryAddress())
                .isEqualTo(before);
    }

    private ChatService chat(Duration vaultTtl) {
        return ChatService.builder()
                .store(store)
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600),
                        Duration.ofDays(90),
                        Duration.ofHours(1),
                        true,
                        200,
                        0,
                        "pepper",
                        vaultTtl))
                .tools(new ToolRunner(Toolbox.of(shop.catalog(), shop.orders()), new ActionDesk(shop.orders())))
                .build();
    }

    private ChatReply say(ChatService chat, String sessionId, String message) {
        return chat.chat(alice, new ChatCommand(message, sessionId, null, null, null));
    }

    private String hash() {
        return Owner.of(alice, null).customerHash();
    }

    private List<Map<String, AttributeValue>> scan(String table) {
        try (DynamoDbClient client = dynamo.client()) {
            return client.scan(ScanRequest.builder().tableName(table).build()).items();
        }
    }
}
