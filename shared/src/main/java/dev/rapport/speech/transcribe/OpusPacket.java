package dev.rapport.speech.transcribe;

/** What an Opus packet's table-of-contents byte says about its length (RFC 6716, 3.1). */
final class OpusPacket {

    private OpusPacket() {}

    /** Samples at 48 kHz the packet decodes to; 0 for an empty or malformed packet. */
    static int samples(byte[] packet) {
        if (packet.length == 0) {
            return 0;
        }
        int toc = packet[0] & 0xFF;
        int config = toc >> 3;
        // Frame length in 48 kHz samples: SILK 10/20/40/60 ms, hybrid 10/20 ms, CELT 2.5/5/10/20 ms.
        int frame = config < 12
                ? new int[] {480, 960, 1920, 2880}[config & 3]
                : config < 16 ? new int[] {480, 960}[config & 1] : new int[] {120, 240, 480, 960}[config & 3];
        int frames = switch (toc & 3) {
            case 0 -> 1;
            case 1, 2 -> 2;
            default -> packet.length > 1 ? packet[1] & 0x3F : 0;
        };
        return frame * frames;
    }
}
