package dev.rapport.tools.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.actions.ActionDesk;
import dev.rapport.actions.ActionView;
import dev.rapport.actions.PendingAction;
import dev.rapport.chat.ChatReply;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.orders.OrderStatus;
import dev.rapport.problem.ProblemException;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.testing.AccountChat;
import dev.rapport.testing.TestDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Erase my data" asked for in chat: proposed, carried out only after the customer's yes on the next
 * turn through the same use case as {@code DELETE /v1/me}, and the confirming turn leaves nothing behind.
 */
class ErasureInChatTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());
    private AccountChat account;

    @BeforeEach
    void setUp() {
        account = AccountChat.over(new OfflineEngine(), dynamo);
        for (Caller customer : List.of(alice, bob)) {
            account.tell(customer, null, "I'm vegetarian");
            account.services()
                    .settings()
                    .update(
                            Owner.of(customer, null),
                            new SettingsUpdate(null, null, true, "Asia/Shanghai", null, null));
        }
        account.shop().placeOrder(alice, "1042", OrderStatus.PROCESSING);
    }

    @Test
    void aYesOnTheNextTurnErasesEverythingAndTheConfirmingTurnIsNotWrittenBack() {
        long bobsItems = itemsOf(bob);

        ChatReply asked = account.say(alice, null, null, "把我的数据都删掉");

        assertThat(asked.actions()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("erase_my_data");
            assertThat(a.status()).isEqualTo("pending_confirmation");
        });
        assertThat(asked.reply()).contains("无法撤销").contains("确认");
        assertThat(itemsOf(alice)).isPositive();

        ChatReply done = account.say(alice, asked.sessionId(), null, "确认");

        assertThat(done.actions())
                .singleElement()
                .extracting(ActionView::status)
                .isEqualTo("done");
        assertThat(done.reply()).startsWith("已完成").contains("全部数据都已删除").contains("这段对话也不会保存");
        assertThat(itemsOf(alice)).isZero();
        assertThat(account.services()
                        .personalData()
                        .export(Owner.of(alice, null))
                        .data()
                        .values())
                .allSatisfy(items -> assertThat(items).isEmpty());
        assertThat(account.services().settings().get(Owner.of(alice, null)).marketingOptIn())
                .isFalse();
        assertThat(account.announced()).containsExactly(Owner.of(alice, null).customerHash());
        assertThat(itemsOf(bob)).isEqualTo(bobsItems).isPositive();
        // The guard still holds: a turn sent after the erasure is refused and writes nothing.
        assertThatThrownBy(() -> account.say(alice, null, null, "hello again"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(itemsOf(alice)).isZero();
    }

    @Test
    void theReplyIsInTheCustomersLanguage() {
        ChatReply asked = account.say(alice, null, null, "Please delete all my data");
        ChatReply done = account.say(alice, asked.sessionId(), null, "yes");

        assertThat(done.reply()).startsWith("Done: everything we held about you has been erased");
        assertThat(itemsOf(alice)).isZero();
    }

    @Test
    void aNoOrAnythingElseErasesNothing() {
        long before = itemsOf(alice);

        ChatReply asked = account.say(alice, null, null, "delete all my data");
        ChatReply no = account.say(alice, asked.sessionId(), null, "no");
        ChatReply again = account.say(alice, asked.sessionId(), null, "delete all my data");
        ChatReply unrelated = account.say(alice, again.sessionId(), null, "actually, where is my order 1042?");
        ChatReply lateYes = account.say(alice, again.sessionId(), null, "yes");

        assertThat(no.actions()).singleElement().extracting(ActionView::status).isEqualTo("declined");
        assertThat(no.reply()).contains("nothing was changed");
        assertThat(unrelated.actions()).isEmpty();
        assertThat(lateYes.actions()).isEmpty();
        assertThat(account.announced()).isEmpty();
        // Only the turns of this conversation were added; nothing was taken away.
        assertThat(itemsOf(alice)).isGreaterThan(before);
        assertThat(account.services()
                        .personalData()
                        .export(Owner.of(alice, null))
                        .data()
                        .get("memory"))
                .isNotEmpty();
    }

    @Test
    void aDeskWithoutTheAccountsHandlerRefusesAnErasureInsteadOfFailing() {
        long before = itemsOf(alice);
        PendingAction erase = new PendingAction("a-1", "erase_my_data", null, null, "Erase everything", Instant.now());

        ActionDesk.Outcome outcome = new ActionDesk(account.shop().orders())
                .confirm(Owner.of(alice, null).customerHash(), List.of(erase), Instant.now(), false);

        assertThat(outcome.actions())
                .singleElement()
                .extracting(ActionView::status)
                .isEqualTo("refused");
        assertThat(outcome.reply()).contains("nothing was changed");
        assertThat(itemsOf(alice)).isEqualTo(before);
    }

    private long itemsOf(Caller caller) {
        return dynamo.itemsHolding(Owner.of(caller, null).customerHash(), account.tables());
    }
}
