package dev.rapport.inquiry.image;

import java.io.IOException;
import java.util.Objects;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An ImageIO input over the bytes already in memory: no second cached copy as with
 * {@code MemoryCacheImageInputStream}, and a stop for decoders that loop at the end of damaged data.
 * TwelveMonkeys' lossless WebP decoder, given a damaged 100-byte file, swallows end-of-file and
 * asks again for seconds on end; past a bound this stream throws an unchecked exception instead,
 * which no decoder catches, and the image is refused as undecodable.
 */
final class ByteArrayImageInputStream extends ImageInputStreamImpl {

    private static final int MAX_READS_PAST_END = 4096;

    private final byte[] data;
    private int readsPastEnd;

    ByteArrayImageInputStream(byte[] data) {
        this.data = data;
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        if (streamPos >= data.length) {
            return pastEnd();
        }
        return data[(int) streamPos++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkClosed();
        Objects.checkFromIndexSize(offset, length, buffer.length);
        bitOffset = 0;
        if (length == 0) {
            return 0;
        }
        if (streamPos >= data.length) {
            return pastEnd();
        }
        int count = (int) Math.min(length, data.length - streamPos);
        System.arraycopy(data, (int) streamPos, buffer, offset, count);
        streamPos += count;
        return count;
    }

    @Override
    public long length() {
        return data.length;
    }

    private int pastEnd() {
        if (++readsPastEnd > MAX_READS_PAST_END) {
            throw new IllegalStateException("the decoder kept reading past the end of the data");
        }
        return -1;
    }
}
