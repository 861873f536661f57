package dev.rapport.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.problem.Problem;
import dev.rapport.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each refusal a voice note can meet, cheapest first, as the problem the customer is answered with. */
class RecordingChecksTest {

    private final AudioInspector inspector = new AudioInspector();

    @ParameterizedTest(name = "{0} declared as {1}")
    @CsvSource({
        "tone-3s.ogg, webm, ogg, OGG",
        "tone-3s.webm, ogg, webm, WebM",
        "tone-3s.mp3, m4a, mp3, MP3",
        "tone-1.5s.wav, mp3, wav, WAV",
        "tone-3s.m4a, wav, m4a, M4A",
    })
    void aDeclaredFormatThatIsNotTheRealOneIsRefusedNamingBoth(
            String file, String declared, String real, String label) {
        assertThat(problem(Recordings.bytes(file), declared))
                .returns(422, Problem::status)
                .returns("https://rapport.dev/problems/audio-format-mismatch", Problem::type)
                .extracting(Problem::detail)
                .asString()
                .contains("says " + declared)
                .contains("a " + label + " recording");
        assertThat(inspector
                        .inspect(real, Recordings.base64(Recordings.bytes(file)))
                        .format()
                        .wireName())
                .isEqualTo(real);
    }

    @ParameterizedTest(name = "{0} cut")
    @MethodSource("dev.rapport.voice.audio.Recordings#shortOnes")
    void aRecordingCutShortIsRefusedAsTruncatedAtEveryCut(String file) {
        byte[] whole = Recordings.bytes(file);
        String format = Recordings.declaredFormat(file);
        for (int cut : new int[] {12, 20, 61, whole.length / 3, whole.length / 2 + 1, whole.length - 7}) {
            assertThat(problem(Arrays.copyOf(whole, cut), format))
                    .as("%s cut to %d bytes", file, cut)
                    .returns(422, Problem::status)
                    .returns("https://rapport.dev/problems/audio-truncated", Problem::type);
        }
    }

    @ParameterizedTest(name = "{0} headers only")
    @CsvSource({
        "tone-3s.ogg, ogg, OggS, 2",
        "tone-3s.webm, webm, '\u001FC\u00B6u', 0",
        "tone-3s.mp3, mp3, '\u00FF\u00F3', 0"
    })
    void headersWithoutASingleAudioFrameAreRefusedAsTruncated(
            String file, String format, String marker, int occurrencesBefore) {
        byte[] whole = Recordings.bytes(file);
        int firstAudio = indexOf(whole, marker, occurrencesBefore);

        assertThat(problem(Arrays.copyOf(whole, firstAudio), format))
                .returns(422, Problem::status)
                .returns("https://rapport.dev/problems/audio-truncated", Problem::type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"silence-61s.ogg, ogg", "silence-61s.webm, webm", "silence-61s.m4a, m4a"})
    void aRecordingOverSixtySecondsIsRefusedAsTooLong(String file, String format) {
        assertTooLong(Recordings.bytes(file), format);
    }

    @Test
    void aSynthesizedSixtyOneSecondMp3AndWavAreRefusedAsTooLong() {
        assertTooLong(Synthesized.mp3Frames(848), "mp3"); // 848 frames of 72 ms
        assertTooLong(Synthesized.wav(16_000, 61 * 16_000), "wav");
        assertThat(inspector
                        .inspect("mp3", Recordings.base64(Synthesized.mp3Frames(830)))
                        .durationMillis())
                .isEqualTo(59_760);
    }

    @Test
    void anMp3WhoseInfoTagPromisesMoreFramesThanArrivedIsTruncated() {
        byte[] mp3 = Recordings.bytes("tone-3s.mp3");
        int info = indexOf(mp3, "Info", 0);
        mp3[info + 8] = 0x10; // frame count 0x10xxxxxx: far more frames than the file holds

        assertThat(problem(mp3, "mp3")).returns("https://rapport.dev/problems/audio-truncated", Problem::type);
    }

    @Test
    void emptyOversizedAndMissingRecordingsAreTheirOwnProblems() {
        assertThat(problem(new byte[0], "ogg"))
                .returns(400, Problem::status)
                .returns("https://rapport.dev/problems/audio-empty", Problem::type);
        assertThat(problem(new byte[AudioInspector.MAX_BYTES + 1], "ogg")).returns(413, Problem::status);
        assertThatThrownBy(() -> inspector.inspect("ogg", ""))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(400));
        assertThatThrownBy(() -> inspector.inspect("flac", Recordings.base64(Recordings.bytes("tone-3s.ogg"))))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(415));
    }

    @Test
    void dataUrlsWrappedLinesAndUrlSafeBase64AreReadButTextThatIsNotBase64IsTold() {
        byte[] ogg = Recordings.bytes("tone-3s.ogg");
        String base64 = Recordings.base64(ogg);
        String wrapped = base64.replaceAll("(.{76})", "$1\r\n");
        String urlSafe = java.util.Base64.getUrlEncoder().encodeToString(ogg);

        for (String data : List.of("data:audio/ogg;codecs=opus;base64," + base64, wrapped, urlSafe)) {
            assertThat(inspector.inspect("ogg", data).data()).isEqualTo(ogg);
        }
        assertThatThrownBy(() -> inspector.inspect("ogg", "this is a voice message, honestly!"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().type()).endsWith("/audio-data-not-base64"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "'fLaC\u0000\u0000\u0000\"', FLAC",
        "'#!AMR\n', AMR",
        "'\u00FF\u00F1\u0050\u0080\u0000\u001F\u00FC', raw AAC",
        "'\u0000\u0000\u0000\u0014ftypqt  \u0000\u0000\u0000\u0000qt  ', QuickTime",
        "'\u0000\u0000\u0000\u0014ftyp3gp4\u0000\u0000\u0000\u00003gp4', 3GPP",
        "'hello, this is not a recording at all', not a recognised recording",
    })
    void otherFormatsAndGarbageAreUnsupportedAndNamed(String head, String named) {
        byte[] data = head.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problem(data, "m4a"))
                .returns(415, Problem::status)
                .returns("https://rapport.dev/problems/unsupported-audio-format", Problem::type)
                .extracting(Problem::detail)
                .asString()
                .contains(named);
    }

    @Test
    void matroskaIsNotWebmEvenWithTheSameMagic() {
        byte[] webm = Recordings.bytes("tone-3s.webm");
        int docType = indexOf(webm, "webm", 0);
        byte[] matroska = webm.clone();
        System.arraycopy("mkv!".getBytes(StandardCharsets.US_ASCII), 0, matroska, docType, 4);

        assertThat(problem(matroska, "webm"))
                .returns(415, Problem::status)
                .extracting(Problem::detail)
                .asString()
                .contains("Matroska (DocType mkv!)");
    }

    private void assertTooLong(byte[] data, String format) {
        assertThat(problem(data, format))
                .returns(422, Problem::status)
                .returns("https://rapport.dev/problems/audio-too-long", Problem::type)
                .extracting(Problem::detail)
                .asString()
                .startsWith("the recording lasts 61.")
                .endsWith("at most 60 s");
    }

    private Problem problem(byte[] data, String format) {
        try {
            AudioClip clip = inspector.inspect(AudioFormat.fromDeclared(format), data);
            throw new AssertionError("accepted as " + clip.durationMillis() + " ms of " + clip.format());
        } catch (ProblemException e) {
            return e.problem();
        }
    }

    static int indexOf(byte[] data, String ascii, int skipOccurrences) {
        byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
        int seen = 0;
        for (int i = 0; i + needle.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length) && seen++ == skipOccurrences) {
                return i;
            }
        }
        throw new IllegalArgumentException(ascii + " not found");
    }
}
