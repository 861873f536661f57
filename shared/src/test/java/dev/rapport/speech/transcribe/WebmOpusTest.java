package dev.rapport.speech.transcribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.testing.TestAudio;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WebM/Opus re-packed as OGG/Opus: the same packets in valid Ogg pages, read back page by page. */
class WebmOpusTest {

    /** One Ogg page as read back: its flags, granule position and the packets it completes. */
    record Page(int flags, long granule, int sequence, List<byte[]> packets) {}

    @Test
    void everyPacketArrivesUnchangedInCheckedPagesAfterTheTwoHeaders() {
        byte[][] packets = TestAudio.opusPackets(500, 300);

        List<Page> pages = pages(WebmOpus.toOgg(TestAudio.webm(packets)));

        assertThat(pages.get(0).flags()).isEqualTo(0x02);
        assertThat(pages.get(0).packets())
                .singleElement()
                .satisfies(p -> assertThat(p).isEqualTo(TestAudio.opusHead()));
        assertThat(new String(pages.get(1).packets().get(0), 0, 8, StandardCharsets.US_ASCII))
                .isEqualTo("OpusTags");
        List<byte[]> audio =
                pages.stream().skip(2).flatMap(p -> p.packets().stream()).toList();
        assertThat(audio).hasSize(500);
        for (int i = 0; i < packets.length; i++) {
            assertThat(audio.get(i)).as("packet %d", i).isEqualTo(packets[i]);
        }
        Page last = pages.get(pages.size() - 1);
        assertThat(last.flags()).isEqualTo(0x04);
        assertThat(last.granule()).isEqualTo(500 * 960L);
        assertThat(pages)
                .extracting(Page::sequence)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, pages.size())
                        .boxed()
                        .toList());
        assertThat(pages.size()).isGreaterThan(3);
    }

    @Test
    void packetsLongerThan255BytesAreLacedAcrossSegments() {
        byte[][] packets = TestAudio.opusPackets(3, 700);

        List<byte[]> audio = pages(WebmOpus.toOgg(TestAudio.webm(packets))).stream()
                .skip(2)
                .flatMap(p -> p.packets().stream())
                .toList();

        assertThat(audio).hasSize(3).allSatisfy(p -> assertThat(p).hasSize(700));
        assertThat(audio.get(2)).isEqualTo(packets[2]);
    }

    @Test
    void aFileWithoutOpusOrCutShortIsRefused() {
        byte[] webm = TestAudio.webm(TestAudio.opusPackets(10, 100));

        assertThatThrownBy(() -> WebmOpus.toOgg(Arrays.copyOf(webm, webm.length - 50)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebmOpus.toOgg("RIFF....WAVE".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebmOpus.toOgg(new byte[] {0})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void opusPacketLengthsFollowTheTocByte() {
        assertThat(OpusPacket.samples(new byte[] {0x78})).isEqualTo(960);
        assertThat(OpusPacket.samples(new byte[] {(byte) 0xF8})).isEqualTo(960);
        assertThat(OpusPacket.samples(new byte[] {0x18})).isEqualTo(2880);
        assertThat(OpusPacket.samples(new byte[] {(byte) 0xF9, 0})).isEqualTo(1920);
        assertThat(OpusPacket.samples(new byte[] {(byte) 0xE3, 0x05})).isEqualTo(5 * 120);
        assertThat(OpusPacket.samples(new byte[0])).isZero();
    }

    /** Reads Ogg pages, checking each page's capture pattern and checksum. */
    static List<Page> pages(byte[] ogg) {
        List<Page> pages = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(ogg).order(ByteOrder.LITTLE_ENDIAN);
        int at = 0;
        byte[] partial = new byte[0];
        while (at < ogg.length) {
            assertThat(new String(ogg, at, 4, StandardCharsets.US_ASCII)).isEqualTo("OggS");
            int count = ogg[at + 26] & 0xFF;
            int bodyLength = 0;
            for (int i = 0; i < count; i++) {
                bodyLength += ogg[at + 27 + i] & 0xFF;
            }
            int end = at + 27 + count + bodyLength;
            byte[] page = Arrays.copyOfRange(ogg, at, end);
            int stored = in.getInt(at + 22);
            ByteBuffer.wrap(page, 22, 4).putInt(0);
            assertThat(OggCrc.of(page)).as("checksum of page at %d", at).isEqualTo(stored);
            List<byte[]> packets = new ArrayList<>();
            int body = at + 27 + count;
            for (int i = 0; i < count; i++) {
                int lace = ogg[at + 27 + i] & 0xFF;
                byte[] grown = Arrays.copyOf(partial, partial.length + lace);
                System.arraycopy(ogg, body, grown, partial.length, lace);
                partial = grown;
                body += lace;
                if (lace < 255) {
                    packets.add(partial);
                    partial = new byte[0];
                }
            }
            pages.add(new Page(ogg[at + 5], in.getLong(at + 6), in.getInt(at + 18), packets));
            at = end;
        }
        return pages;
    }
}
