package dev.rapport.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.actions.ActionDesk;
import dev.rapport.actions.ActionView;
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
import dev.rapport.testing.TestDynamoDb.RequestCounter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Order status and order changes through a whole chat turn: the offline engine picks the tool by the
 * question's words, the tool answers from the embedded DynamoDB, and a change runs only after a yes.
 */
class OrderActionsTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RequestCounter roundTrips = new RequestCounter();
    private final Caller alice = DemoShop.customer("alice");
    private final Caller bob = DemoShop.customer("bob");
    private DemoShop shop;
    private ChatService chat;
    private PersonalDataService personalData;

    @BeforeEach
    void setUp() {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        String memory = dynamo.createMemoryTable();
        shop = DemoShop.create(dynamo);
        DynamoDbConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(roundTrips), tables.conversations(), tables.idempotency(), memory);
        chat = ChatService.builder()
                .store(store)
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .tools(new ToolRunner(Toolbox.of(shop.catalog(), shop.orders()), new ActionDesk(shop.orders())))
                .build();
        personalData = new PersonalDataService(
                new DynamoDbPersonalData(
                        dynamo.client(),
                        List.of(new DynamoDbPersonalData.Table("orders", shop.ordersTable(), List.of("pk", "sk"))),
                        new ErasureGuard(dynamo.createMemoryTable(), Clock.systemUTC()),
                        ErasureGuard.DEFAULT_PERIOD),
                ErasureEvents.NONE,
                Clock.systemUTC());
        shop.placeOrder(alice, "1042", OrderStatus.PROCESSING);
    }

    @Test
    void aCustomerAsksWhereTheirOrderIsAndGetsItsStatus() {
        ChatReply reply = say(alice, null, "where is my order 1042?");

        assertThat(reply.reply())
                .contains("Order 1042 is processing")
                .contains("Aurora X1 phone")
                .contains("2026-12-03 09:00-12:00");
        assertThat(reply.actions()).isEmpty();
    }

    @Test
    void chineseWorksTheSameWay() {
        assertThat(say(alice, null, "订单1042到哪了").reply()).contains("订单1042目前处理中");
    }

    @Test
    void anotherCustomersOrderIsNotFoundAndNothingOfItLeaks() {
        ChatReply reply = say(bob, null, "where is my order 1042?");

        assertThat(reply.reply())
                .contains("can't find an order 1042")
                .doesNotContain("Aurora")
                .doesNotContain("ADDRESS");
        ChatReply cancel = say(bob, null, "cancel order 1042");
        assertThat(cancel.actions()).isEmpty();
        assertThat(shop.orders().order(hash(alice), "1042").orElseThrow().status())
                .isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void aCancellationIsProposedThenDoneOnlyAfterYesAndAudited() {
        ChatReply proposal = say(alice, null, "cancel order 1042");

        assertThat(proposal.actions()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("cancel_order");
            assertThat(a.orderId()).isEqualTo("1042");
            assertThat(a.status()).isEqualTo("pending_confirmation");
        });
        assertThat(proposal.reply()).contains("yes");
        assertThat(shop.orders().order(hash(alice), "1042").orElseThrow().status())
                .isEqualTo(OrderStatus.PROCESSING);

        roundTrips.reset();
        ChatReply done = say(alice, proposal.sessionId(), "yes");

        assertThat(done.actions()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(proposal.actions().get(0).id());
            assertThat(a.status()).isEqualTo("done");
        });
        assertThat(done.reply()).startsWith("Done: Cancel order 1042");
        assertThat(done.usage().inputTokens()).isZero();
        // The session's load and commit; the action itself goes to the orders table on its own client.
        assertThat(roundTrips.count()).isEqualTo(2);
        assertThat(shop.orders().order(hash(alice), "1042").orElseThrow().status())
                .isEqualTo(OrderStatus.CANCELLED);

        Map<String, List<Map<String, Object>>> export =
                personalData.export(alice).data();
        assertThat(export.get("orders")).anySatisfy(item -> {
            assertThat(item)
                    .containsEntry("type", "cancel_order")
                    .containsEntry("orderId", "1042")
                    .containsEntry("result", "done")
                    .containsEntry("actor", "customer")
                    .containsKey("executedAt");
        });
    }

    @Test
    void forgetMeErasesTheOrdersAndTheirAuditRecords() {
        ChatReply proposal = say(alice, null, "cancel order 1042");
        say(alice, proposal.sessionId(), "yes");
        shop.placeOrder(bob, "2051", OrderStatus.PROCESSING);

        int deleted = personalData.erase(alice).itemsDeleted();

        assertThat(deleted).isEqualTo(2);
        assertThat(personalData.export(alice).data().get("orders")).isEmpty();
        assertThat(shop.orders().order(hash(alice), "1042")).isEmpty();
        assertThat(shop.orders().order(hash(bob), "2051")).isPresent();
    }

    @Test
    void aSecondYesDoesNothingTwice() {
        ChatReply proposal = say(alice, null, "取消订单1042");
        assertThat(proposal.reply()).contains("取消订单1042").contains("确认");
        say(alice, proposal.sessionId(), "确认");

        ChatReply again = say(alice, proposal.sessionId(), "确认");

        assertThat(again.actions()).isEmpty();
        long audits = personalData.export(alice).data().get("orders").stream()
                .filter(item -> "cancel_order".equals(item.get("type")))
                .count();
        assertThat(audits).isEqualTo(1);
    }

    @Test
    void aRepeatedExecutionOfTheSameActionIsAlreadyDone() {
        ChatReply proposal = say(alice, null, "cancel order 1042");
        var pending = new dev.rapport.actions.PendingAction(
                proposal.actions().get(0).id(),
                "cancel_order",
                "1042",
                null,
                "Cancel order 1042",
                java.time.Instant.now());
        ActionDesk desk = new ActionDesk(shop.orders());

        ActionDesk.Outcome first = desk.confirm(hash(alice), List.of(pending), java.time.Instant.now(), false);
        ActionDesk.Outcome retry = desk.confirm(hash(alice), List.of(pending), java.time.Instant.now(), false);

        assertThat(first.actions().get(0).status()).isEqualTo("done");
        assertThat(retry.actions().get(0).status()).isEqualTo("already_done");
    }

    @Test
    void noOrAnythingElseLeavesTheOrderAlone() {
        ChatReply proposal = say(alice, null, "cancel order 1042");
        ChatReply declined = say(alice, proposal.sessionId(), "no");

        assertThat(declined.actions())
                .singleElement()
                .extracting(ActionView::status)
                .isEqualTo("declined");

        ChatReply again = say(alice, proposal.sessionId(), "cancel order 1042");
        ChatReply unrelated = say(alice, again.sessionId(), "hello");
        ChatReply lateYes = say(alice, again.sessionId(), "yes");

        assertThat(unrelated.actions()).isEmpty();
        assertThat(lateYes.actions()).isEmpty();
        assertThat(shop.orders().order(hash(alice), "1042").orElseThrow().status())
                .isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void aShippedOrderCannotBeCancelledButCanBeRebooked() {
        shop.placeOrder(alice, "1043", OrderStatus.SHIPPED);

        ChatReply cancel = say(alice, null, "cancel order 1043");
        assertThat(cancel.actions()).isEmpty();
        assertThat(cancel.reply()).contains("already shipped");

        ChatReply rebook = say(alice, null, "please reschedule the delivery of order 1043 to 2026-12-05 14:00-18:00");
        assertThat(rebook.actions())
                .singleElement()
                .extracting(ActionView::type)
                .isEqualTo("rebook_delivery");
        say(alice, rebook.sessionId(), "ok");
        assertThat(shop.orders().order(hash(alice), "1043").orElseThrow().deliverySlot())
                .isEqualTo("2026-12-05 14:00-18:00");
    }

    @Test
    void aNewAddressReachesTheOrderThroughTheVaultNeverThroughTheConversation() {
        ChatReply change =
                say(alice, null, "Please change the address of order 1042 to 12 Baker Street, London NW1 6XE");
        assertThat(change.actions())
                .singleElement()
                .satisfies(a -> assertThat(a.summary()).doesNotContain("Baker"));
        ChatReply done = say(alice, change.sessionId(), "yes");

        assertThat(done.reply()).doesNotContain("Baker");
        String stored = shop.orders().order(hash(alice), "1042").orElseThrow().deliveryAddress();
        assertThat(stored).isEqualTo("12 Baker Street, London NW1 6XE");
        // Asked again, the model and the reply see the order's address as a placeholder only.
        assertThat(say(alice, change.sessionId(), "where is my order 1042?").reply())
                .doesNotContain("Baker")
                .contains("[ADDRESS_");
    }

    private ChatReply say(Caller caller, String sessionId, String message) {
        return chat.chat(caller, new ChatCommand(message, sessionId, null, null, null));
    }

    private static String hash(Caller caller) {
        return Owner.of(caller, null).customerHash();
    }
}
