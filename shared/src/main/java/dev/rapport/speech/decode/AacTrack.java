package dev.rapport.speech.decode;

/**
 * The first AAC track of an M4A file: what its decoder needs and where each access unit lies.
 *
 * @param decoderConfig the AudioSpecificConfig from the track's {@code esds}
 * @param offsets       where each AAC frame starts in the file, in decoding order
 * @param sizes         each frame's length in bytes
 * @param primingSamples the encoder's priming samples the edit list skips (0 when it skips none)
 */
record AacTrack(byte[] decoderConfig, long[] offsets, int[] sizes, long primingSamples) {}
