package dev.rapport.voice.audio;

/** The EBML header every WebM and Matroska file opens with; only its DocType is of interest. */
final class EbmlHeader {

    static final long EBML = 0x1A45DFA3L;
    private static final long DOC_TYPE = 0x4282;

    /** The DocType, or "matroska" (the specification's default) when the header names none. */
    String docType(byte[] data) {
        return read(data).docType();
    }

    /** The header, with where the element after it starts. */
    Header read(byte[] data) {
        EbmlCursor ebml = new EbmlCursor(new AudioCursor(data, AudioFormat.WEBM_OPUS, 0));
        AudioCursor in = ebml.bytes();
        if (ebml.id() != EBML) {
            throw in.corrupt("it does not open with an EBML header");
        }
        long size = ebml.size();
        if (size == EbmlCursor.UNKNOWN_SIZE || size > in.remaining()) {
            throw in.truncated();
        }
        long end = in.position() + size;
        String docType = "matroska";
        while (in.position() < end) {
            long id = ebml.id();
            long childSize = ebml.size();
            if (childSize == EbmlCursor.UNKNOWN_SIZE || in.position() + childSize > end) {
                throw in.corrupt("an EBML header element overruns the header");
            }
            if (id == DOC_TYPE) {
                docType = in.ascii((int) childSize).replace("\0", "");
            } else {
                in.skip(childSize);
            }
        }
        return new Header(docType, (int) end);
    }

    record Header(String docType, int end) {}
}
