package dev.rapport.speech.transcribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.problem.ProblemException;
import dev.rapport.speech.decode.PcmDecoder;
import dev.rapport.testing.TestAudio;
import dev.rapport.testing.TranscribeStreamingStub;
import dev.rapport.testing.TranscribeStreamingStub.Heard;
import dev.rapport.voice.Transcript;
import dev.rapport.voice.TranscriptionUnavailableException;
import dev.rapport.voice.audio.AudioClip;
import dev.rapport.voice.audio.AudioFormat;
import dev.rapport.voice.audio.AudioInspector;
import dev.rapport.voice.audio.Recordings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.transcribestreaming.TranscribeStreamingAsyncClient;

/** The Transcribe streaming adapter over the wire: HTTP/2, signed event-stream frames, recorded-shape results. */
class TranscribeStreamingTranscriberTest {

    private static final TranscribeStreamingStub STUB = new TranscribeStreamingStub();
    private static final TranscribeStreamingAsyncClient CLIENT = STUB.client();
    private final TranscribeStreamingTranscriber transcriber =
            new TranscribeStreamingTranscriber(CLIENT, Duration.ofSeconds(20));

    @AfterAll
    static void stop() {
        CLIENT.close();
        STUB.close();
    }

    private static AudioClip wav(int millis) {
        return new AudioInspector().inspect("wav", TestAudio.base64(TestAudio.wav(millis, 0)));
    }

    @Test
    void aWavNoteGoesAsPcmWithLanguageIdentificationAndComesBackAsTheFinalTranscript() {
        STUB.hears(new Heard("where is my order 1042", 0.92, "en-US"));
        AudioClip clip = wav(1500);

        Transcript transcript = transcriber.transcribe(clip, "en").orElseThrow();

        assertThat(transcript.text()).isEqualTo("where is my order 1042");
        assertThat(transcript.confidence()).isEqualTo(0.92, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(transcript.languageTag()).isEqualTo("en-US");
        TranscribeStreamingStub.Call call = STUB.calls().get(STUB.calls().size() - 1);
        assertThat(call.headers())
                .containsEntry(":path", "/stream-transcription")
                .containsEntry("x-amzn-transcribe-media-encoding", "pcm")
                .containsEntry("x-amzn-transcribe-sample-rate", "16000")
                .containsEntry("x-amzn-transcribe-identify-language", "true")
                .containsEntry("x-amzn-transcribe-language-options", "zh-CN,en-US")
                .containsEntry("x-amzn-transcribe-preferred-language", "en-US");
        assertThat(call.audio()).isEqualTo(Arrays.copyOfRange(clip.data(), 44, clip.data().length));
    }

    @Test
    void chineseIsJoinedWithoutSpacesAndTheConfidenceIsTheMeanOfTheWords() {
        STUB.hears(new Heard("我的订单", 0.5, "zh-CN"), new Heard("到哪了", 0.7, "zh-CN"));

        Transcript transcript = transcriber.transcribe(wav(800), "zh-CN").orElseThrow();

        assertThat(transcript.text()).isEqualTo("我的订单到哪了");
        assertThat(transcript.confidence()).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(transcript.languageTag()).isEqualTo("zh-CN");
        assertThat(STUB.calls().get(STUB.calls().size() - 1).headers())
                .containsEntry("x-amzn-transcribe-preferred-language", "zh-CN");
    }

    @Test
    void aWebmNoteFromChromeGoesAsOggOpusWithTheSamePackets() {
        byte[][] packets = TestAudio.opusPackets(150, 120);
        STUB.hears(new Heard("hello", 0.9, "en-US"));
        AudioClip clip = new AudioClip(AudioFormat.WEBM_OPUS, TestAudio.webm(packets), 3000, "0".repeat(64));

        assertThat(transcriber.transcribe(clip, "en")).isPresent();

        TranscribeStreamingStub.Call call = STUB.calls().get(STUB.calls().size() - 1);
        assertThat(call.headers())
                .containsEntry("x-amzn-transcribe-media-encoding", "ogg-opus")
                .containsEntry("x-amzn-transcribe-sample-rate", "48000");
        List<byte[]> sent = WebmOpusTest.pages(call.audio()).stream()
                .skip(2)
                .flatMap(p -> p.packets().stream())
                .toList();
        assertThat(sent).hasSize(150);
        assertThat(sent.get(149)).isEqualTo(packets[149]);
    }

    @Test
    void silenceIsNoTranscript() {
        STUB.hears();

        assertThat(transcriber.transcribe(wav(500), null)).isEmpty();
        assertThat(STUB.calls().get(STUB.calls().size() - 1).headers())
                .doesNotContainKey("x-amzn-transcribe-preferred-language");
    }

    @Test
    void aServiceExceptionOnTheStreamIsTranscriptionUnavailable() {
        STUB.failsWith("ServiceUnavailableException");
        try {
            assertThatThrownBy(() -> transcriber.transcribe(wav(500), "en"))
                    .isInstanceOf(TranscriptionUnavailableException.class)
                    .satisfies(e -> assertThat(((TranscriptionUnavailableException) e).unconfigured())
                            .isFalse());
        } finally {
            STUB.failsWith(null);
        }
    }

    @Test
    void anM4aNoteFromSafariGoesAsSixteenKilohertzPcmDecodedInMemory() {
        STUB.hears(new Heard("where is my order 1042", 0.9, "en-US"));
        AudioClip clip =
                new AudioInspector().inspect("m4a", TestAudio.base64(Recordings.bytes("tone-1k-stereo-48k.m4a")));

        assertThat(transcriber.transcribe(clip, "en").orElseThrow().text()).isEqualTo("where is my order 1042");

        TranscribeStreamingStub.Call call = STUB.calls().get(STUB.calls().size() - 1);
        assertThat(call.headers())
                .containsEntry("x-amzn-transcribe-media-encoding", "pcm")
                .containsEntry("x-amzn-transcribe-sample-rate", "16000");
        assertThat(call.audio())
                .isEqualTo(PcmDecoder.decode(AudioFormat.M4A, clip.data()).data());
        assertThat(call.audio().length).isBetween(2 * 16_000 * 2 - 2_000, 2 * 16_000 * 2 + 2_000);
    }

    @Test
    void anMp3NoteGoesAsSixteenKilohertzPcm() {
        STUB.hears(new Heard("hello", 0.9, "en-US"));
        AudioClip clip =
                new AudioInspector().inspect("mp3", TestAudio.base64(Recordings.bytes("tone-440-mono-44k.mp3")));

        assertThat(transcriber.transcribe(clip, "en")).isPresent();

        TranscribeStreamingStub.Call call = STUB.calls().get(STUB.calls().size() - 1);
        assertThat(call.headers())
                .containsEntry("x-amzn-transcribe-media-encoding", "pcm")
                .containsEntry("x-amzn-transcribe-sample-rate", "16000");
        assertThat(call.audio())
                .isEqualTo(PcmDecoder.decode(AudioFormat.MP3, clip.data()).data());
    }

    @Test
    void anMp3WhoseFramesDoNotDecodeIs422BeforeAnythingIsSent() {
        int before = STUB.calls().size();
        AudioClip mp3 = new AudioClip(AudioFormat.MP3, new byte[] {(byte) 0xFF, (byte) 0xFB}, 1000, "0".repeat(64));

        assertThatThrownBy(() -> transcriber.transcribe(mp3, "en"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().type()).endsWith("audio-unreadable");
                });
        assertThat(STUB.calls()).hasSize(before);
    }

    @Test
    void aStereoWavIsRefusedWith415BeforeAnythingIsSent() {
        int before = STUB.calls().size();
        byte[] stereo = TestAudio.wav(500, 0);
        stereo[22] = 2; // the fmt chunk's channel count
        AudioClip wav = new AudioClip(AudioFormat.WAV, stereo, 250, "0".repeat(64));

        assertThatThrownBy(() -> transcriber.transcribe(wav, "en"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(415);
                    assertThat(e.problem().detail())
                            .contains("OGG/Opus")
                            .contains("M4A")
                            .contains("WAV");
                });
        assertThat(STUB.calls()).hasSize(before);
    }
}
