package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** The JSON 1.0 wire protocol itself, with requests written by hand and signed with SigV4. */
class WireProtocolConformanceTest extends ConformanceTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Set<String> HEADERS_HTTPCLIENT_SETS = Set.of("host", "content-length");

    private HttpResponse<byte[]> post(String target, String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        URI uri = target().endpoint().resolve("/");
        SdkHttpRequest unsigned = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(uri)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("X-Amz-Target", target)
                .build();
        AwsCredentialsIdentity identity =
                target().credentials().resolveIdentity().join();
        SignedRequest signed = AwsV4HttpSigner.create()
                .sign(r -> r.identity(identity)
                        .request(unsigned)
                        .payload(ContentStreamProvider.fromByteArray(bytes))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
                        .putProperty(
                                AwsV4HttpSigner.REGION_NAME, target().region().id()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        signed.request().headers().forEach((name, values) -> {
            if (!HEADERS_HTTPCLIENT_SETS.contains(name.toLowerCase())) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private ConformanceTarget target() {
        return target;
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The {@code __type} of an error body, e.g. {@code com.amazon.coral.validate#ValidationException}. */
    private static String errorType(HttpResponse<byte[]> response) {
        var matcher = java.util.regex.Pattern.compile("\"__type\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(body(response));
        assertThat(matcher.find()).as("__type in " + body(response)).isTrue();
        return matcher.group(1);
    }

    @Test
    @DisplayName("A body that is not valid JSON is a 400 whose __type ends in #SerializationException")
    void malformedJsonIsSerializationException() throws Exception {
        HttpResponse<byte[]> response = post("DynamoDB_20120810.ListTables", "{not json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorType(response)).endsWith("#SerializationException");
    }

    @Test
    @DisplayName("An unknown operation in X-Amz-Target is a 400 whose __type ends in #UnknownOperationException")
    void unknownOperationIsUnknownOperationException() throws Exception {
        HttpResponse<byte[]> response = post("DynamoDB_20120810.FlyToTheMoon", "{}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorType(response)).endsWith("#UnknownOperationException");
    }

    @Test
    @DisplayName("DescribeTable of a missing table is a 400 whose __type ends in #ResourceNotFoundException")
    void missingTableIsResourceNotFoundOnTheWire() throws Exception {
        HttpResponse<byte[]> response =
                post("DynamoDB_20120810.DescribeTable", "{\"TableName\":\"" + uniqueName("missing") + "\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorType(response)).endsWith("#ResourceNotFoundException");
    }

    @Test
    @DisplayName("A validation failure is a 400 whose __type ends in #ValidationException, with a message")
    void validationErrorOnTheWire() throws Exception {
        HttpResponse<byte[]> response = post("DynamoDB_20120810.ListTables", "{\"Limit\":0}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorType(response)).endsWith("#ValidationException");
        assertThat(body(response)).containsIgnoringCase("\"message\"");
    }

    @Test
    @DisplayName("Responses carry x-amz-crc32, the CRC32 of the body bytes, on success")
    void successResponseCarriesCrc32OfBody() throws Exception {
        HttpResponse<byte[]> response = post("DynamoDB_20120810.ListTables", "{\"Limit\":1}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-amz-crc32")).hasValue(Long.toString(crc32(response.body())));
    }

    @Test
    @DisplayName("Error responses carry x-amz-crc32 of the body too")
    void errorResponseCarriesCrc32OfBody() throws Exception {
        HttpResponse<byte[]> response =
                post("DynamoDB_20120810.DescribeTable", "{\"TableName\":\"" + uniqueName("missing") + "\"}");
        assertThat(response.headers().firstValue("x-amz-crc32")).hasValue(Long.toString(crc32(response.body())));
    }

    @Test
    @DisplayName("Responses have Content-Type application/x-amz-json-1.0 and a request id")
    void responsesAreAmzJson10WithRequestId() throws Exception {
        HttpResponse<byte[]> response = post("DynamoDB_20120810.ListTables", "{}");
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/x-amz-json-1.0"));
        assertThat(response.headers().firstValue("x-amzn-requestid")).isPresent();
    }

    @Test
    @DisplayName("A successful response body is a JSON object with the operation's output members")
    void successBodyIsJsonOutput() throws Exception {
        String t = hashTable();
        HttpResponse<byte[]> response = post("DynamoDB_20120810.DescribeTable", "{\"TableName\":\"" + t + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response)).startsWith("{").contains("\"Table\"").contains("\"TableName\":\"" + t + "\"");
    }

    @Test
    @DisplayName("A required member missing from the request is a 400 ValidationException")
    void missingRequiredMemberIsValidationException() throws Exception {
        HttpResponse<byte[]> response = post("DynamoDB_20120810.DescribeTable", "{}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorType(response)).endsWith("#ValidationException");
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
