package dev.rapport.speech.transcribe;

/** Ogg's page checksum: CRC-32 with polynomial 0x04C11DB7, unreflected, zero start, no final XOR. */
final class OggCrc {

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            TABLE[i] = r;
        }
    }

    private OggCrc() {}

    /** The checksum of a page whose checksum field (bytes 22–25) is zero. */
    static int of(byte[] page) {
        int crc = 0;
        for (byte b : page) {
            crc = (crc << 8) ^ TABLE[((crc >>> 24) ^ b) & 0xFF];
        }
        return crc;
    }
}
