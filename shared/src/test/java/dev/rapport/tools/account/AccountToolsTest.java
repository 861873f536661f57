package dev.rapport.tools.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.actions.ActionView;
import dev.rapport.chat.ChatReply;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.memory.Memory;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.problem.ProblemException;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.testing.AccountChat;
import dev.rapport.testing.TestDynamoDb;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account specialist's tools through whole chat turns on the offline engine and the embedded DynamoDB:
 * what is remembered, settings, export, and what needs the customer's yes on the next turn.
 */
class AccountToolsTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private final Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());
    private AccountChat account;

    @BeforeEach
    void setUp() {
        account = AccountChat.over(new OfflineEngine(), dynamo);
    }

    @Test
    void whatIsRememberedIsListedWithWhereItCameFromInEnglishAndChinese() {
        account.tell(alice, null, "I'm vegetarian");
        Memory kept = memories(alice, null).getFirst();

        ChatReply english = account.say(alice, null, null, "What do you remember about me?");
        ChatReply chinese = account.say(alice, null, null, "你记得我什么？");

        String day = kept.provenance().at().toString().substring(0, 10);
        assertThat(english.reply()).contains(kept.statement()).contains("learned " + day);
        assertThat(chinese.reply()).contains("我记得这些").contains(kept.statement()).contains(day + " 在对话中得知");
        assertThat(english.actions()).isEmpty();
    }

    @Test
    void withMemoryOffNothingIsShownAndTheCustomerIsToldNothingNewIsKept() {
        account.tell(alice, null, "I'm vegetarian");
        String statement = memories(alice, null).getFirst().statement();

        ChatReply off = account.say(alice, null, null, "关闭记忆");

        // A withdrawal happens at once: no yes is asked for.
        assertThat(off.actions()).isEmpty();
        assertThat(off.reply()).contains("已为您更改").contains("记忆已关闭");
        assertThat(settings(alice).memoryEnabled()).isFalse();
        ChatReply listed = account.say(alice, null, null, "what do you remember about me");
        assertThat(listed.reply()).contains("Memory is off").contains("not keeping anything new");
        assertThat(listed.reply()).doesNotContain(statement);
    }

    @Test
    void marketingIsTurnedOffAtOnceButOnOnlyAfterTheCustomersYes() {
        account.services()
                .settings()
                .update(Owner.of(alice, null), new SettingsUpdate(null, null, true, null, null, null));

        ChatReply off = account.say(alice, null, null, "turn off marketing messages");

        assertThat(off.actions()).isEmpty();
        assertThat(off.reply()).contains("marketing messages off");
        assertThat(settings(alice).marketingOptIn()).isFalse();

        ChatReply asked = account.say(alice, null, null, "please turn on marketing offers");
        assertThat(asked.actions()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("change_settings");
            assertThat(a.status()).isEqualTo("pending_confirmation");
        });
        assertThat(settings(alice).marketingOptIn()).isFalse();
        ChatReply no = account.say(alice, asked.sessionId(), null, "no");
        assertThat(no.actions()).singleElement().extracting(ActionView::status).isEqualTo("declined");
        assertThat(settings(alice).marketingOptIn()).isFalse();

        ChatReply again = account.say(alice, asked.sessionId(), null, "请开启营销消息");
        ChatReply yes = account.say(alice, again.sessionId(), null, "确认");
        assertThat(yes.actions()).singleElement().extracting(ActionView::status).isEqualTo("done");
        assertThat(yes.reply()).startsWith("已开启：接收营销消息");
        assertThat(settings(alice).marketingOptIn()).isTrue();
    }

    @Test
    void aMemoryIsForgottenByDescriptionOnlyAfterYes() {
        account.tell(alice, null, "I'm vegetarian");
        Memory kept = memories(alice, null).getFirst();

        ChatReply asked = account.say(alice, null, null, "forget that I'm vegetarian");

        assertThat(asked.actions()).singleElement().extracting(ActionView::type).isEqualTo("forget_memory");
        assertThat(asked.reply()).contains(kept.statement()).contains("yes");
        assertThat(memories(alice, null)).extracting(Memory::id).containsExactly(kept.id());
        ChatReply done = account.say(alice, asked.sessionId(), null, "yes");
        assertThat(done.actions())
                .singleElement()
                .extracting(ActionView::status)
                .isEqualTo("done");
        assertThat(memories(alice, null)).isEmpty();
    }

    @Test
    void anotherCustomersOrProfilesMemoryIdIsNotFoundAndNothingIsForgotten() {
        account.tell(alice, null, "I'm vegetarian");
        account.services()
                .settings()
                .update(
                        Owner.of(bob, null),
                        new SettingsUpdate(
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(
                                        new CustomerSettings.Profile(Owner.DEFAULT_PROFILE, "Me"),
                                        new CustomerSettings.Profile("kid", "Kid"))));
        account.tell(bob, "kid", "I'm vegetarian");
        String alicesMemory = memories(alice, null).getFirst().id();
        String kidsMemory = memories(bob, "kid").getFirst().id();
        var toolbox = new ToolsUnderTest(account.services());

        // The model names ids it must not reach: another customer's, and another profile's of the same account.
        String byBob = toolbox.run(bob, null, "forget_memory", "{\"memoryId\":\"" + alicesMemory + "\"}");
        String byBobsDefault = toolbox.run(bob, null, "forget_memory", "{\"memoryId\":\"" + kidsMemory + "\"}");
        String bobsList = toolbox.run(bob, null, "list_memories", "{}");

        assertThat(byBob).contains("\"found\":false").doesNotContain("vegetarian");
        assertThat(byBobsDefault).contains("\"found\":false");
        assertThat(bobsList).contains("\"count\":0").doesNotContain(kidsMemory);
        // Even a proposal carrying a foreign id, confirmed by bob, forgets nothing of alice's.
        assertThat(toolbox.confirmForget(bob, alicesMemory).status()).isEqualTo("not_found");
        assertThat(memories(alice, null)).extracting(Memory::id).containsExactly(alicesMemory);
        assertThat(memories(bob, "kid")).extracting(Memory::id).containsExactly(kidsMemory);
    }

    @Test
    void theExportIsToldAsCountsAndWhereToDownloadNeverPastedIntoTheChat() {
        account.tell(alice, null, "I'm vegetarian");

        ChatReply english = account.say(alice, null, null, "Can I export my data?");
        ChatReply chinese = account.say(alice, null, null, "导出我的数据");

        assertThat(english.reply())
                .contains("conversation items")
                .contains("GET /v1/me/export")
                .doesNotContain("vegetarian");
        assertThat(chinese.reply()).contains("对话").contains("下载我的数据").doesNotContain("vegetarian");
        assertThat(english.actions()).isEmpty();
    }

    @Test
    void settingsAreReadAndATimeZoneIsChangedAtOnce() {
        ChatReply changed = account.say(alice, null, null, "set my time zone to Asia/Tokyo");
        ChatReply shown = account.say(alice, null, null, "what are my settings?");

        assertThat(changed.actions()).isEmpty();
        assertThat(settings(alice).timezone()).isEqualTo("Asia/Tokyo");
        assertThat(shown.reply()).contains("time zone Asia/Tokyo").contains("memory on");
    }

    @Test
    void aBadTimeZoneIsSaidBackAndChangesNothing() {
        String result = new ToolsUnderTest(account.services())
                .run(alice, null, "change_settings", "{\"timezone\":\"Mars/Olympus\",\"marketingOptIn\":false}");

        assertThat(result).contains("error").contains("IANA");
        assertThat(settings(alice).timezone()).isEqualTo("UTC");
    }

    private List<Memory> memories(Caller caller, String profile) {
        return account.services().memories().list(Owner.of(caller, profile)).memories();
    }

    private CustomerSettings settings(Caller caller) {
        return account.services().settings().get(Owner.of(caller, null));
    }

    @Test
    void anUnlistedProfileCannotBeNamed() {
        assertThatThrownBy(() -> account.say(alice, null, "ghost", "what do you remember about me"))
                .isInstanceOf(ProblemException.class);
    }
}
