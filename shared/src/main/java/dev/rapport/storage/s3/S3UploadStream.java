package dev.rapport.storage.s3;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * One S3 object written as a stream. Bytes gather into a part; each full part is uploaded as the
 * next byte arrives (the first one opens a multipart upload), so one part is all that is ever held,
 * whatever the object's size. {@link #finish()} completes the upload, or sends an object smaller
 * than a part with one PutObject; {@link #abort()} drops the parts already uploaded, so S3 neither
 * shows nor bills half an object. {@link #close()} does neither: the caller decides which it was.
 */
final class S3UploadStream extends OutputStream {

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String contentType;
    private final byte[] part;
    private final List<CompletedPart> parts = new ArrayList<>();
    private int filled;
    private String uploadId;

    S3UploadStream(S3Client s3, String bucket, String key, String contentType, int partSize) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.contentType = contentType;
        this.part = new byte[partSize];
    }

    @Override
    public void write(int b) {
        if (filled == part.length) {
            uploadPart();
        }
        part[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int at = offset;
        int left = length;
        while (left > 0) {
            if (filled == part.length) {
                uploadPart();
            }
            int n = Math.min(left, part.length - filled);
            System.arraycopy(bytes, at, part, filled, n);
            filled += n;
            at += n;
            left -= n;
        }
    }

    /** Makes the object visible under its key, whole. */
    void finish() {
        if (uploadId == null) {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), body());
            return;
        }
        // Only a part that more bytes followed was uploaded, so this last one is never empty.
        uploadPart();
        s3.completeMultipartUpload(
                b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
    }

    /** Drops whatever was uploaded; the key keeps what it held before, if anything. */
    void abort() {
        if (uploadId != null) {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
            uploadId = null;
        }
    }

    @Override
    public void close() {
        // Deliberately empty: a Writer closes its stream on success and on failure alike.
    }

    private void uploadPart() {
        if (uploadId == null) {
            uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType))
                    .uploadId();
        }
        int number = parts.size() + 1;
        String eTag = s3.uploadPart(
                        b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number), body())
                .eTag();
        parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
        filled = 0;
    }

    /** The bytes gathered so far, read in place (no copy of up to a part's size). */
    private RequestBody body() {
        int length = filled;
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(part, 0, length), length, contentType);
    }
}
