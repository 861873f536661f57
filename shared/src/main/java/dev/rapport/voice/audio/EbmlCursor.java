package dev.rapport.voice.audio;

/** EBML's variable-length integers (element ids and sizes) over a bounds-checked cursor. */
final class EbmlCursor {

    /** A size whose bits are all ones: the element runs until its parent ends (live recordings). */
    static final long UNKNOWN_SIZE = -1;

    private final AudioCursor in;

    EbmlCursor(AudioCursor in) {
        this.in = in;
    }

    AudioCursor bytes() {
        return in;
    }

    /** An element id, length marker kept as the specification writes ids (0x1A45DFA3). */
    long id() {
        int first = in.u8();
        int length = lengthOf(first);
        if (length > 4) {
            throw in.corrupt("an element id is longer than four bytes");
        }
        long value = first;
        for (int i = 1; i < length; i++) {
            value = value << 8 | in.u8();
        }
        return value;
    }

    /** An element size, marker removed; {@link #UNKNOWN_SIZE} when every value bit is set. */
    long size() {
        int first = in.u8();
        int length = lengthOf(first);
        long value = first & (0xFF >> length);
        boolean allOnes = value == 0xFF >> length;
        for (int i = 1; i < length; i++) {
            int next = in.u8();
            allOnes &= next == 0xFF;
            value = value << 8 | next;
        }
        return allOnes ? UNKNOWN_SIZE : value;
    }

    /** An unsigned integer element's value, at most eight bytes. */
    long unsigned(long size) {
        if (size > 8) {
            throw in.corrupt("an integer element is longer than eight bytes");
        }
        long value = 0;
        for (long i = 0; i < size; i++) {
            value = value << 8 | in.u8();
        }
        return value;
    }

    /** A float element: four or eight bytes, or zero bytes for 0.0. */
    double floating(long size) {
        if (size == 0) {
            return 0;
        }
        if (size == 4) {
            return Float.intBitsToFloat((int) in.u32be());
        }
        if (size == 8) {
            return Double.longBitsToDouble(in.u64be());
        }
        throw in.corrupt("a float element is " + size + " bytes long");
    }

    private int lengthOf(int first) {
        if (first == 0) {
            throw in.corrupt("a variable-length integer is longer than eight bytes");
        }
        return Integer.numberOfLeadingZeros(first) - 23;
    }
}
