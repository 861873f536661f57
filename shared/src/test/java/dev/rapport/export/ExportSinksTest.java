package dev.rapport.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.rapport.storage.s3.S3ExportSink;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 sink through the real SDK client against a local HTTP endpoint that stores what is PUT. */
class ExportSinksTest {

    private final Map<String, String> objects = new ConcurrentHashMap<>();
    private HttpServer server;
    private S3Client s3;

    @BeforeEach
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/", exchange -> {
            if ("PUT".equals(exchange.getRequestMethod())) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
                objects.put(exchange.getRequestURI().getPath(), new String(
                        sha != null && sha.startsWith("STREAMING-") ? dechunk(body) : body, StandardCharsets.UTF_8));
                exchange.getResponseHeaders().set("ETag", "\"etag\"");
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(405, -1);
            }
            exchange.close();
        });
        server.start();
        s3 = S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** S3's aws-chunked body, as the SDK signs a streamed upload over plain HTTP: size;chunk-signature=…\r\ndata\r\n … 0;… */
    private static byte[] dechunk(byte[] body) {
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOfCrLf(body, at);
            String header = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0], 16);
            if (size == 0) {
                break;
            }
            data.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return data.toByteArray();
    }

    private static int indexOfCrLf(byte[] body, int from) {
        for (int i = from; i < body.length - 1; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        return body.length;
    }

    @AfterEach
    void tearDown() {
        s3.close();
        server.stop(0);
    }

    @Test
    void linesAreUploadedAsOneObjectWhenTheFileIsCompleteAndTheManifestBesideIt() {
        S3ExportSink sink = new S3ExportSink(s3, "exports-bucket", "exports/");

        try (ExportSink.Lines lines = sink.open("t.jsonl")) {
            lines.write("{\"a\":1}");
            lines.write("{\"b\":\"中文\"}");
            assertThat(objects).as("nothing is visible before the file is complete").isEmpty();
        }
        sink.manifest("t.manifest.json", "{\"empty\":false}");

        assertThat(objects).containsEntry("/exports-bucket/exports/t.jsonl", "{\"a\":1}\n{\"b\":\"中文\"}\n")
                .containsEntry("/exports-bucket/exports/t.manifest.json", "{\"empty\":false}");
        assertThat(sink.location("t.jsonl")).isEqualTo("s3://exports-bucket/exports/t.jsonl");
    }

    @Test
    void anEmptyExportIsAnEmptyObject() {
        new S3ExportSink(s3, "b", "").open("empty.jsonl").close();

        assertThat(objects).containsEntry("/b/empty.jsonl", "");
    }
}
