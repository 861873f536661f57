package dev.rapport.storage.s3;

import dev.rapport.export.ExportSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Exports into an S3 bucket. Lines are spooled to a temporary file (Lambda's ephemeral storage,
 * up to 10 GB) rather than memory, and the finished file is uploaded in one PUT, so a reader never
 * sees half an export. Past PUT's 5 GB a multipart upload would be needed.
 */
public final class S3ExportSink implements ExportSink {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3ExportSink(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    @Override
    public Lines open(String name) {
        try {
            Path spool = Files.createTempFile("export-", ".jsonl");
            BufferedWriter writer = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
            return new Lines() {
                @Override
                public void write(String line) {
                    try {
                        writer.write(line);
                        writer.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        writer.close();
                        s3.putObject(b -> b.bucket(bucket).key(prefix + name).contentType("application/jsonl"),
                                RequestBody.fromFile(spool));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        spool.toFile().delete();
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void manifest(String name, String json) {
        s3.putObject(b -> b.bucket(bucket).key(prefix + name).contentType("application/json"),
                RequestBody.fromString(json, StandardCharsets.UTF_8));
    }

    @Override
    public String location(String name) {
        return "s3://" + bucket + "/" + prefix + name;
    }
}
