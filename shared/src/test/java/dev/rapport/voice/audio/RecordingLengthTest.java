package dev.rapport.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every accepted format's length read from its container headers alone, against the length the
 * recording was made with (the fixtures' README): within 100 ms, the tolerance a 60 s limit needs.
 */
class RecordingLengthTest {

    private final AudioInspector inspector = new AudioInspector();

    @ParameterizedTest(name = "{0} lasts {2} ms")
    @CsvSource({
        "tone-3s.ogg, ogg, 3000, OGG_OPUS",
        "tone-3s.webm, webm, 3000, WEBM_OPUS",
        "tone-3s-live.webm, webm, 3000, WEBM_OPUS",
        "tone-3s.mp3, mp3, 3000, MP3",
        "tone-1.5s.wav, wav, 1500, WAV",
        "tone-3s.m4a, m4a, 3000, M4A",
        "tone-3s-fragmented.m4a, m4a, 3000, M4A",
    })
    void theLengthComesFromTheContainerWithin100Milliseconds(
            String file, String declared, long truthMillis, AudioFormat format) {
        byte[] data = Recordings.bytes(file);

        AudioClip clip = inspector.inspect(declared, Recordings.base64(data));

        assertThat(clip.durationMillis()).isCloseTo(truthMillis, within(100L));
        assertThat(clip.format()).isEqualTo(format);
        assertThat(clip.data()).isEqualTo(data);
        assertThat(clip.sha256()).hasSize(64).isEqualTo(AudioInspector.sha256(data));
    }
}
