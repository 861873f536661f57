package dev.rapport.voice.audio;

/**
 * One MPEG audio layer III frame header (four bytes), enough to step to the next frame and count time
 * without decoding a sample.
 *
 * @param length        the whole frame in bytes, header included
 * @param samples       samples per channel the frame holds
 * @param sideInfoBytes where a Xing/Info tag starts after the header
 */
public record MpegFrame(int length, int samples, int sampleRate, int sideInfoBytes) {

    private static final int[] BITRATES_V1 = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] BITRATES_V2 = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[][] SAMPLE_RATES = {
        {11_025, 12_000, 8_000}, {}, {22_050, 24_000, 16_000}, {44_100, 48_000, 32_000}
    };

    /** The frame at {@code offset}, or null when the four bytes there are not a layer III header. */
    public static MpegFrame at(byte[] data, int offset) {
        if (offset < 0 || offset + 4 > data.length || (data[offset] & 0xFF) != 0xFF) {
            return null;
        }
        int b1 = data[offset + 1] & 0xFF;
        int b2 = data[offset + 2] & 0xFF;
        int version = b1 >> 3 & 3;
        int bitrateIndex = b2 >> 4;
        int rateIndex = b2 >> 2 & 3;
        if ((b1 & 0xE0) != 0xE0
                || version == 1
                || (b1 >> 1 & 3) != 1
                || bitrateIndex == 0
                || bitrateIndex == 15
                || rateIndex == 3) {
            return null;
        }
        boolean mpeg1 = version == 3;
        boolean mono = (data[offset + 3] >> 6 & 3) == 3;
        int sampleRate = SAMPLE_RATES[version][rateIndex];
        int kbps = (mpeg1 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex];
        int length = (mpeg1 ? 144_000 : 72_000) * kbps / sampleRate + (b2 >> 1 & 1);
        int sideInfo = mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
        return new MpegFrame(length, mpeg1 ? 1152 : 576, sampleRate, sideInfo);
    }

    /** True for an ADTS header: the same sync word with the layer bits MPEG audio leaves reserved. */
    static boolean isAdts(byte[] data, int offset) {
        return offset + 2 <= data.length && (data[offset] & 0xFF) == 0xFF && (data[offset + 1] & 0xF6) == 0xF0;
    }
}
