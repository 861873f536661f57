package dev.rapport.speech.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where the AAC frames of an M4A file lie: the sound track's sample table ({@code stsz}, {@code stsc},
 * {@code stco}/{@code co64}) in a plain file, the track runs ({@code tfhd}, {@code trun}) in the
 * fragmented files Safari's MediaRecorder writes. Other tracks are passed over; every size read is
 * checked against its box before it is used, so a damaged table fails instead of allocating.
 */
final class M4aSamples {

    private static final int MAX_DEPTH = 8;

    private final ByteBuffer in;
    private final SampleList samples = new SampleList();
    private final FragmentDefaults defaults = new FragmentDefaults();
    private ChunkTable chunks = new ChunkTable();
    private byte[] config;
    private long priming;
    private long pendingPriming;
    private long audioTrackId = -1;
    private long currentTrackId = -1;
    private boolean soundTrack;
    private boolean collecting;

    private M4aSamples(byte[] m4a) {
        in = ByteBuffer.wrap(m4a);
    }

    static AacTrack read(byte[] m4a) throws IOException {
        M4aSamples reader = new M4aSamples(m4a);
        reader.walk(0, m4a.length, 0, -1);
        if (reader.config == null) {
            throw new IOException("no AAC track");
        }
        reader.chunks.resolve(reader.samples, m4a.length);
        return reader.samples.track(reader.config, reader.priming, m4a.length);
    }

    private void walk(long from, long end, int depth, long moofStart) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("boxes nested too deeply");
        }
        long at = from;
        while (end - at >= 8) {
            long size = u32(at);
            String type = ascii(at + 4);
            long header = 8;
            if (size == 1) {
                size = u64(at + 8);
                header = 16;
            } else if (size == 0) {
                size = end - at;
            }
            if (size < header || size > end - at) {
                throw new IOException("a box runs past its parent");
            }
            box(type, at, at + header, at + size, depth, moofStart);
            at += size;
        }
    }

    private void box(String type, long start, long body, long end, int depth, long moofStart) throws IOException {
        switch (type) {
            case "moov", "mdia", "minf", "stbl", "edts", "mvex", "traf" -> walk(body, end, depth + 1, moofStart);
            case "moof" -> walk(body, end, depth + 1, start);
            case "trak" -> track(body, end, depth);
            case "tkhd" -> currentTrackId = u32(body + (u8(body) == 1 ? 20 : 12));
            case "hdlr" -> soundTrack = ascii(body + 8).equals("soun");
            case "elst" -> pendingPriming = firstMediaTime(body);
            case "stsd" -> sampleDescription(body, end);
            case "stsz" -> soundOnly(() -> samples.sizes(in, body, end));
            case "stsc" -> soundOnly(() -> chunks.samplesPerChunk(in, body, end));
            case "stco", "co64" -> soundOnly(() -> chunks.offsets(in, body, end, type.equals("co64")));
            case "trex" -> defaults.trackDefaults(in, body);
            case "tfhd" -> defaults.fragment(in, body, moofStart);
            case "trun" -> {
                if (defaults.trackId() == audioTrackId || audioTrackId < 0) {
                    samples.run(in, body, end, defaults);
                }
            }
            default -> {}
        }
    }

    /** A track's boxes, kept only if it is the first sound track with an AAC description. */
    private void track(long body, long end, int depth) throws IOException {
        if (config != null) {
            return;
        }
        soundTrack = false;
        pendingPriming = 0;
        collecting = true;
        walk(body, end, depth + 1, -1);
        collecting = false;
        if (config == null) {
            chunks = new ChunkTable();
            samples.clear();
        } else {
            audioTrackId = currentTrackId;
            priming = pendingPriming;
        }
    }

    private void sampleDescription(long body, long end) throws IOException {
        if (!soundTrack || !collecting) {
            return;
        }
        int esds = indexOf("esds", body, end);
        if (esds < 0) {
            throw new IOException("the sound track is not AAC");
        }
        config = Esds.decoderConfig(in, esds + 8, end);
    }

    private long firstMediaTime(long body) {
        boolean wide = u8(body) == 1;
        if (u32(body + 4) == 0) {
            return 0;
        }
        long mediaTime = wide ? u64(body + 16) : (int) u32(body + 12); // -1 marks an empty edit
        return Math.max(0, mediaTime);
    }

    private void soundOnly(Action action) throws IOException {
        if (soundTrack && collecting) {
            action.run();
        }
    }

    private int indexOf(String type, long from, long to) {
        byte[] needle = type.getBytes(StandardCharsets.US_ASCII);
        for (int i = (int) from; i + 4 <= to; i++) {
            if (Arrays.equals(in.array(), i, i + 4, needle, 0, 4)) {
                return i - 4;
            }
        }
        return -1;
    }

    private int u8(long at) {
        return in.get((int) at) & 0xFF;
    }

    private long u32(long at) {
        return in.getInt((int) at) & 0xFFFFFFFFL;
    }

    private long u64(long at) {
        return in.getLong((int) at);
    }

    private String ascii(long at) {
        return new String(in.array(), (int) at, 4, StandardCharsets.ISO_8859_1);
    }

    private interface Action {
        void run() throws IOException;
    }
}
