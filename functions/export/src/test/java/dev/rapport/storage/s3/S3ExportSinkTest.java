package dev.rapport.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adobe.testing.s3mock.S3MockApplication;
import dev.rapport.export.ExportSink;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The S3 sink through the SDK client the export function ships with, against S3Mock: a local server
 * of S3's REST protocol, multipart uploads included. Tested here because this is the one module that
 * carries the S3 client.
 */
class S3ExportSinkTest {

    private static S3MockApplication s3mock;
    private static S3Client s3;
    /** The S3 operations sent, in order, as the SDK names them; the tests' own reads left out. */
    private static final List<String> operations = new CopyOnWriteArrayList<>();

    private String bucket;

    @BeforeAll
    static void startS3() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(S3MockApplication.PROP_HTTP_PORT, S3MockApplication.RANDOM_PORT);
        properties.put(S3MockApplication.PROP_HTTPS_PORT, S3MockApplication.RANDOM_PORT);
        properties.put(S3MockApplication.PROP_SILENT, true);
        s3mock = S3MockApplication.start(properties);
        s3 = S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + s3mock.getHttpPort()))
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
                        if (!operation.startsWith("List") && !operation.startsWith("Get")) {
                            operations.add(operation);
                        }
                    }
                }))
                .build();
    }

    @AfterAll
    static void stopS3() {
        s3.close();
        s3mock.stop();
    }

    @BeforeEach
    void bucket() {
        bucket = "exports-" + UUID.randomUUID().toString().substring(0, 8);
        s3.createBucket(b -> b.bucket(bucket));
        operations.clear();
    }

    @Test
    void aSmallExportIsOneObjectThatAppearsWhenCompleteWithTheManifestBesideIt() {
        S3ExportSink sink = new S3ExportSink(s3, bucket, "exports/");

        try (ExportSink.Lines lines = sink.open("t.jsonl")) {
            lines.write("{\"a\":1}");
            lines.write("{\"b\":\"中文\"}");
            assertThat(keys())
                    .as("nothing is visible before the file is complete")
                    .isEmpty();
            lines.complete();
        }
        sink.manifest("t.manifest.json", "{\"empty\":false}");
        assertThat(operations)
                .as("a file smaller than a part is one PutObject")
                .containsExactly("PutObject", "PutObject");

        assertThat(object("exports/t.jsonl")).isEqualTo("{\"a\":1}\n{\"b\":\"中文\"}\n");
        assertThat(object("exports/t.manifest.json")).isEqualTo("{\"empty\":false}");
        assertThat(sink.location("t.jsonl")).isEqualTo("s3://" + bucket + "/exports/t.jsonl");
        assertThat(uploadsInProgress()).isZero();
    }

    @Test
    void aLargeExportIsUploadedInPartsAndReadsBackLineForLine() {
        int partSize = S3ExportSink.MIN_PART_SIZE;
        S3ExportSink sink = new S3ExportSink(s3, bucket, "", partSize);
        List<String> written = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        try (ExportSink.Lines lines = sink.open("big.jsonl")) {
            long bytes = 0;
            for (int i = 0; bytes < 2 * partSize + partSize / 2; i++) {
                String line = "{\"n\":" + i + ",\"text\":\"第" + i + "行 " + "x".repeat(i % 300) + "\"}";
                lines.write(line);
                written.add(line);
                expected.append(line).append('\n');
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
            }
            assertThat(uploadsInProgress())
                    .as("parts go out while lines are still being written")
                    .isEqualTo(1);
            assertThat(keys()).isEmpty();
            lines.complete();
        }
        assertThat(operations)
                .containsExactly(
                        "CreateMultipartUpload", "UploadPart", "UploadPart", "UploadPart", "CompleteMultipartUpload");

        String stored = object("big.jsonl");
        assertThat(stored.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(2 * partSize);
        assertThat(stored.split("\n")).containsExactlyElementsOf(written);
        assertThat(stored).isEqualTo(expected.toString());
        assertThat(uploadsInProgress()).isZero();
    }

    @Test
    void anExportThatFailsHalfWayLeavesNoObjectAndNoUploadBehind() {
        int partSize = S3ExportSink.MIN_PART_SIZE;
        S3ExportSink sink = new S3ExportSink(s3, bucket, "", partSize);

        assertThatThrownBy(() -> {
                    try (ExportSink.Lines lines = sink.open("failed.jsonl")) {
                        String line = "{\"text\":\"" + "y".repeat(1000) + "\"}";
                        for (int i = 0; i < 2 * partSize / line.length(); i++) {
                            lines.write(line);
                        }
                        assertThat(uploadsInProgress()).isEqualTo(1);
                        throw new IllegalStateException("the conversation source failed");
                    }
                })
                .hasMessage("the conversation source failed");
        assertThat(operations)
                .startsWith("CreateMultipartUpload", "UploadPart")
                .endsWith("AbortMultipartUpload")
                .doesNotContain("CompleteMultipartUpload", "PutObject");

        assertThat(keys()).isEmpty();
        assertThat(uploadsInProgress())
                .as("the multipart upload is aborted, its parts dropped")
                .isZero();
        assertThatThrownBy(() -> object("failed.jsonl")).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void anEmptyExportIsAnEmptyObject() {
        try (ExportSink.Lines lines = new S3ExportSink(s3, bucket, "").open("empty.jsonl")) {
            lines.complete();
        }

        assertThat(object("empty.jsonl")).isEmpty();
    }

    private String object(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    }

    private List<String> keys() {
        return s3.listObjectsV2(b -> b.bucket(bucket)).contents().stream()
                .map(o -> o.key())
                .toList();
    }

    private int uploadsInProgress() {
        return s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().size();
    }
}
