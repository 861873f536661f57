package dev.rapport.storage.s3;

import dev.rapport.export.ExportSink;
import dev.rapport.export.StreamedLines;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Exports into an S3 bucket, streaming: lines go out in parts of {@link #PART_SIZE} as they are
 * written (a multipart upload; one PutObject when the whole file fits in a part), so neither memory
 * nor /tmp holds the file, and its size is bounded only by S3's 10,000 parts (about 80 GB). The
 * object appears when the upload completes; a failed export aborts it, so a reader never sees half
 * an export.
 */
public final class S3ExportSink implements ExportSink {

    /** One part is what the export holds in memory. */
    public static final int PART_SIZE = 8 * 1024 * 1024;

    /** S3 refuses to complete an upload whose parts, all but the last, are smaller. */
    public static final int MIN_PART_SIZE = 5 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final int partSize;

    public S3ExportSink(S3Client s3, String bucket, String prefix) {
        this(s3, bucket, prefix, PART_SIZE);
    }

    public S3ExportSink(S3Client s3, String bucket, String prefix, int partSize) {
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("S3 parts are at least " + MIN_PART_SIZE + " bytes");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.partSize = partSize;
    }

    @Override
    public Lines open(String name) {
        S3UploadStream upload = new S3UploadStream(s3, bucket, prefix + name, "application/jsonl", partSize);
        return new StreamedLines(upload, new StreamedLines.Destination() {
            @Override
            public void publish() {
                upload.finish();
            }

            @Override
            public void discard() {
                upload.abort();
            }
        });
    }

    @Override
    public void manifest(String name, String json) {
        s3.putObject(
                b -> b.bucket(bucket).key(prefix + name).contentType("application/json"),
                RequestBody.fromString(json, StandardCharsets.UTF_8));
    }

    @Override
    public String location(String name) {
        return "s3://" + bucket + "/" + prefix + name;
    }
}
