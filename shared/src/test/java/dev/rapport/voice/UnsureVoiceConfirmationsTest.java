package dev.rapport.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.actions.ActionView;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.Turn;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.memory.Memory;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.speech.transcribe.TranscribeStreamingTranscriber;
import dev.rapport.testing.AccountChat;
import dev.rapport.testing.TestAudio;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.testing.TranscribeStreamingStub;
import dev.rapport.testing.TranscribeStreamingStub.Heard;
import dev.rapport.voice.audio.AudioInspector;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.transcribestreaming.TranscribeStreamingAsyncClient;

/**
 * Every yes Rapport waits for, answered by a voice note heard too unsurely (through the Transcribe wire
 * stub): the memory question and the account specialist's erase, forget and settings proposals are shown
 * back and grant nothing, and stay open for a sure answer, as order changes do.
 */
class UnsureVoiceConfirmationsTest {

    private static final TranscribeStreamingStub STUB = new TranscribeStreamingStub();
    private static final TranscribeStreamingAsyncClient CLIENT = STUB.client();
    private static final String ASK_ZH = "要我记住您对坚果过敏吗？以后为您推荐时会避开。";
    private static final String ASK_EN =
            "Shall I remember that you're allergic to nuts? I'll avoid them when I recommend things.";

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private AccountChat account;
    private VoiceInquiryService voice;
    private int recordings;

    @AfterAll
    static void stop() {
        CLIENT.close();
        STUB.close();
    }

    @BeforeEach
    void setUp() {
        account = AccountChat.over(new OfflineEngine(), dynamo);
        voice = new VoiceInquiryService(
                new AudioInspector(),
                new TranscribeStreamingTranscriber(CLIENT, Duration.ofSeconds(20)),
                account.chat(),
                SpeechSynthesizer.NONE,
                VoiceInquiryService.DEFAULT_MIN_CONFIDENCE);
    }

    @Test
    void anUnsureChineseYesToTheMemoryQuestionGrantsNothingAndTheQuestionIsAskedAgain() {
        ChatReply stated = curated(account.say(alice, null, null, "我对坚果过敏"));
        assertThat(stated.reply()).endsWith(ASK_ZH);

        ChatReply unsure = curated(say(stated.sessionId(), "是的", 0.35, "zh-CN"));

        assertThat(unsure.reply()).isEqualTo("我听到的是：“是的”，对吗？\n\n" + ASK_ZH);
        assertThat(lastTurn(unsure).consentAnswer()).isNull();
        assertThat(memories()).isEmpty();

        ChatReply sure = curated(say(stated.sessionId(), "是的", 0.96, "zh-CN"));

        assertThat(sure.reply()).contains("记住了");
        assertThat(lastTurn(sure).consentAnswer().granted()).isTrue();
        assertThat(memories()).extracting(Memory::object).containsExactly("坚果");
    }

    @Test
    void anUnsureEnglishYesLikewise() {
        ChatReply stated = curated(account.say(alice, null, null, "I'm allergic to nuts"));

        ChatReply unsure = curated(say(stated.sessionId(), "yes", 0.5, "en-US"));

        assertThat(unsure.reply()).isEqualTo("I heard: \"yes\", is that right?\n\n" + ASK_EN);
        assertThat(lastTurn(unsure).consentAnswer()).isNull();
        assertThat(memories()).isEmpty();
    }

    @Test
    void anUnsureYesErasesNothingAndASureOneErasesEverything() {
        ChatReply asked = account.say(alice, null, null, "把我的数据都删掉");

        ChatReply unsure = say(asked.sessionId(), "确认", 0.4, "zh-CN");

        assertThat(unsure.reply()).isEqualTo("我听到的是：“确认”，对吗？");
        assertThat(unsure.actions()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("erase_my_data");
            assertThat(a.status()).isEqualTo("pending_confirmation");
        });
        assertThat(account.announced()).isEmpty();
        assertThat(account.history().turns(alice, asked.sessionId(), null)).hasSize(2);

        ChatReply sure = say(asked.sessionId(), "确认", 0.95, "zh-CN");

        assertThat(sure.actions())
                .singleElement()
                .extracting(ActionView::status)
                .isEqualTo("done");
        assertThat(account.announced()).containsExactly(Owner.of(alice, null).customerHash());
    }

    @Test
    void anUnsureYesForgetsNoMemory() {
        account.tell(alice, null, "I'm vegetarian");
        Memory kept = memories().getFirst();
        ChatReply asked = account.say(alice, null, null, "forget that I'm vegetarian");

        ChatReply unsure = say(asked.sessionId(), "yes", 0.3, "en-US");

        assertThat(unsure.reply()).isEqualTo("I heard: \"yes\", is that right?");
        assertThat(memories()).extracting(Memory::id).containsExactly(kept.id());
        ChatReply sure = say(asked.sessionId(), "yes", 0.9, "en-US");
        assertThat(sure.actions())
                .singleElement()
                .extracting(ActionView::status)
                .isEqualTo("done");
        assertThat(memories()).isEmpty();
    }

    @Test
    void anUnsureYesWidensNoSetting() {
        ChatReply asked = account.say(alice, null, null, "please turn on marketing offers");
        assertThat(asked.actions()).singleElement().extracting(ActionView::type).isEqualTo("change_settings");

        ChatReply unsure = say(asked.sessionId(), "yes please", 0.55, "en-US");

        assertThat(unsure.reply()).isEqualTo("I heard: \"yes please\", is that right?");
        assertThat(marketing()).isFalse();
        say(asked.sessionId(), "yes please", 0.9, "en-US");
        assertThat(marketing()).isTrue();
    }

    private ChatReply say(String sessionId, String words, double confidence, String language) {
        STUB.hears(new Heard(words, confidence, language));
        byte[] wav = TestAudio.wav(500, ++recordings);
        return voice.ask(alice, new VoiceCommand("wav", TestAudio.base64(wav), sessionId, null, null, null, false))
                .chat();
    }

    private ChatReply curated(ChatReply reply) {
        return account.curated(alice, null, reply);
    }

    private Turn lastTurn(ChatReply reply) {
        return account.history().turns(alice, reply.sessionId(), null).getLast();
    }

    private List<Memory> memories() {
        return account.services().memories().list(Owner.of(alice, null)).memories();
    }

    private boolean marketing() {
        return account.services().settings().get(Owner.of(alice, null)).marketingOptIn();
    }
}
