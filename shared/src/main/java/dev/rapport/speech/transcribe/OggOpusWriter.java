package dev.rapport.speech.transcribe;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Opus packets into an Ogg stream (RFC 3533 pages, RFC 7845 mapping) without touching the audio:
 * the identification header, a comment header, then the packets, each page's granule position the
 * 48 kHz samples decoded by its end.
 */
final class OggOpusWriter {

    /** Lacing values per page: 255 is the format's limit; fewer keeps pages small. */
    private static final int SEGMENTS_PER_PAGE = 200;

    private static final int SERIAL = 0x52617070;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<byte[]> pending = new ArrayList<>();
    private int segments;
    private int sequence;
    private long granule;

    /** @param opusHead the identification header as the container carried it ({@code OpusHead…}) */
    OggOpusWriter(byte[] opusHead) {
        page(List.of(opusHead), 0, 0x02);
        byte[] vendor = "Rapport".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tags = ByteBuffer.allocate(8 + 4 + vendor.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        tags.put("OpusTags".getBytes(StandardCharsets.US_ASCII))
                .putInt(vendor.length)
                .put(vendor)
                .putInt(0);
        page(List.of(tags.array()), 0, 0);
    }

    void add(byte[] packet) {
        int lacing = packet.length / 255 + 1;
        if (segments + lacing > SEGMENTS_PER_PAGE) {
            flush(0);
        }
        pending.add(packet);
        segments += lacing;
        granule += OpusPacket.samples(packet);
    }

    /** The whole stream, its last page marked as the end. */
    byte[] finish() {
        flush(0x04);
        return out.toByteArray();
    }

    private void flush(int flags) {
        page(pending, granule, flags);
        pending.clear();
        segments = 0;
    }

    private void page(List<byte[]> packets, long position, int flags) {
        ByteArrayOutputStream lacing = new ByteArrayOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] packet : packets) {
            for (int left = packet.length; ; left -= 255) {
                lacing.write(Math.min(left, 255));
                if (left < 255) {
                    break;
                }
            }
            body.writeBytes(packet);
        }
        ByteBuffer header = ByteBuffer.allocate(27).order(ByteOrder.LITTLE_ENDIAN);
        header.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) flags);
        header.putLong(position).putInt(SERIAL).putInt(sequence++).putInt(0);
        header.put((byte) lacing.size());
        byte[] page = new byte[27 + lacing.size() + body.size()];
        System.arraycopy(header.array(), 0, page, 0, 27);
        System.arraycopy(lacing.toByteArray(), 0, page, 27, lacing.size());
        System.arraycopy(body.toByteArray(), 0, page, 27 + lacing.size(), body.size());
        ByteBuffer.wrap(page, 22, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(OggCrc.of(page));
        out.writeBytes(page);
    }
}
