package dev.rapport.speech.decode;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The AudioSpecificConfig inside an {@code esds} box (ISO 14496-1 descriptors): ES_Descriptor (tag 3)
 * holds a DecoderConfigDescriptor (tag 4) that holds the DecoderSpecificInfo (tag 5).
 */
final class Esds {

    private Esds() {}

    /** {@code body} is the box's payload, after its version and flags. */
    static byte[] decoderConfig(ByteBuffer in, long body, long end) throws IOException {
        int at = (int) body + 4;
        while (at < end) {
            int tag = in.get(at++) & 0xFF;
            int length = 0;
            for (int i = 0; i < 4; i++) {
                int b = in.get(at++) & 0xFF;
                length = length << 7 | b & 0x7F;
                if (b < 0x80) {
                    break;
                }
            }
            switch (tag) {
                case 3 -> at += esHeader(in, at);
                case 4 -> at += 13; // object type, stream type, buffer size, bit rates
                case 5 -> {
                    if (length < 2 || at + length > end) {
                        throw new IOException("a damaged AAC decoder configuration");
                    }
                    byte[] config = new byte[length];
                    in.get(at, config);
                    return config;
                }
                default -> at += length;
            }
        }
        throw new IOException("no AAC decoder configuration");
    }

    /** ES_ID, flags, and the optional stream dependence, URL and OCR fields the flags announce. */
    private static int esHeader(ByteBuffer in, int at) {
        int flags = in.get(at + 2) & 0xFF;
        int skip = 3;
        if ((flags & 0x80) != 0) {
            skip += 2;
        }
        if ((flags & 0x40) != 0) {
            skip += 1 + (in.get(at + skip) & 0xFF);
        }
        if ((flags & 0x20) != 0) {
            skip += 2;
        }
        return skip;
    }
}
