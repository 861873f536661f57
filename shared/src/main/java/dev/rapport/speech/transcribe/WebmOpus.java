package dev.rapport.speech.transcribe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads the Opus packets out of a WebM file as browsers' MediaRecorder writes it (one Opus track,
 * unknown-size Segment and Clusters, SimpleBlocks without lacing), and re-packs them as OGG/Opus —
 * the same audio, no decoding — because Transcribe streaming takes OGG/Opus and not WebM.
 */
final class WebmOpus {

    private static final int SEGMENT = 0x18538067;
    private static final int TRACKS = 0x1654AE6B;
    private static final int TRACK_ENTRY = 0xAE;
    private static final int TRACK_NUMBER = 0xD7;
    private static final int CODEC_ID = 0x86;
    private static final int CODEC_PRIVATE = 0x63A2;
    private static final int CLUSTER = 0x1F43B675;
    private static final int BLOCK_GROUP = 0xA0;
    private static final int SIMPLE_BLOCK = 0xA3;
    private static final int BLOCK = 0xA1;
    /** Elements read into rather than over; an unknown size (live recording) is only possible on these. */
    private static final Set<Integer> MASTERS = Set.of(SEGMENT, TRACKS, TRACK_ENTRY, CLUSTER, BLOCK_GROUP);

    private final byte[] webm;
    private final List<byte[]> packets = new ArrayList<>();
    private byte[] opusHead;
    private long opusTrack = -1;
    private long trackNumber = -1;
    private String codec;

    private WebmOpus(byte[] webm) {
        this.webm = webm;
    }

    /** @throws IllegalArgumentException when the file is not WebM with one readable Opus track */
    static byte[] toOgg(byte[] webm) {
        WebmOpus reader = new WebmOpus(webm);
        reader.read();
        if (reader.opusHead == null || reader.packets.isEmpty()) {
            throw new IllegalArgumentException("no Opus audio in the WebM file");
        }
        OggOpusWriter ogg = new OggOpusWriter(reader.opusHead);
        reader.packets.forEach(ogg::add);
        return ogg.finish();
    }

    private void read() {
        int at = 0;
        while (at < webm.length) {
            long id = vint(at, false);
            int idLength = length(at);
            long size = vint(at + idLength, true);
            int body = at + idLength + length(at + idLength);
            boolean known = size >= 0;
            if (MASTERS.contains((int) id)) {
                at = body;
                continue;
            }
            if (!known || body + size > webm.length) {
                throw new IllegalArgumentException("a WebM element runs past the end of the file");
            }
            element((int) id, body, (int) size);
            at = body + (int) size;
        }
    }

    private void element(int id, int body, int size) {
        switch (id) {
            case TRACK_NUMBER -> trackNumber = unsigned(body, size);
            case CODEC_ID -> {
                codec = new String(webm, body, size, StandardCharsets.US_ASCII).strip();
                claimTrack();
            }
            case CODEC_PRIVATE -> {
                if (new String(webm, body, Math.min(size, 8), StandardCharsets.US_ASCII).equals("OpusHead")) {
                    opusHead = Arrays.copyOfRange(webm, body, body + size);
                }
                claimTrack();
            }
            case SIMPLE_BLOCK, BLOCK -> block(body, size);
            default -> {
                // Header, seek index, info, cues, tags, timecodes: the packets do not need them.
            }
        }
    }

    /** Track number and codec may come in either order within a TrackEntry. */
    private void claimTrack() {
        if ("A_OPUS".equals(codec) && trackNumber >= 0 && opusTrack < 0) {
            opusTrack = trackNumber;
        }
    }

    private void block(int body, int size) {
        int trackLength = length(body);
        long track = vint(body, true);
        int flags = webm[body + trackLength + 2] & 0xFF;
        if ((flags & 0x06) != 0) {
            throw new IllegalArgumentException("laced WebM blocks are not supported");
        }
        if (opusTrack < 0) {
            claimTrack();
        }
        if (track == opusTrack) {
            int payload = body + trackLength + 3;
            packets.add(Arrays.copyOfRange(webm, payload, body + size));
        }
    }

    /** The byte length of the variable-size integer at {@code at}, from its leading zero bits. */
    private int length(int at) {
        if (at >= webm.length || webm[at] == 0) {
            throw new IllegalArgumentException("not a WebM file");
        }
        return Integer.numberOfLeadingZeros(webm[at] & 0xFF) - 23;
    }

    /** An element id (marker kept) or size (marker dropped; -1 for "unknown", all value bits set). */
    private long vint(int at, boolean dropMarker) {
        int n = length(at);
        if (at + n > webm.length) {
            throw new IllegalArgumentException("a WebM element runs past the end of the file");
        }
        long value = webm[at] & 0xFF;
        if (dropMarker) {
            value &= 0xFF >> n;
        }
        boolean allOnes = value == (0xFF >> n);
        for (int i = 1; i < n; i++) {
            int b = webm[at + i] & 0xFF;
            allOnes &= b == 0xFF;
            value = (value << 8) | b;
        }
        return dropMarker && allOnes ? -1 : value;
    }

    private long unsigned(int at, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | (webm[at + i] & 0xFF);
        }
        return value;
    }
}
