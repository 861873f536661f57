package dev.rapport.functions.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.chat.ChatSettings;
import dev.rapport.functions.chat.ChatFunction;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.inquiry.image.JpegSegments;
import dev.rapport.inquiry.image.TestImages;
import dev.rapport.json.Json;
import dev.rapport.model.Content;
import dev.rapport.model.Message;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbFeedbackStore;
import dev.rapport.storage.dynamodb.DynamoDbHandoffQueue;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.wiring.ChatApplication;
import dev.rapport.wiring.InquiryApplication;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/** The photo inquiry function driven by API Gateway v2 events, against the embedded DynamoDB. */
class ImageInquiryFunctionTest {

    static {
        // In Lambda the metrics library detects its environment; in tests it prints to the console.
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    private static final String EVENT = "../../events/inquiry-image.json";

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RecordingModel model = new RecordingModel();
    private TestDynamoDb.ConversationTables tables;
    private ImageInquiryFunction function;
    private ChatFunction chat;

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        var store = new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());
        function = new ImageInquiryFunction(
                InquiryApplication.builder()
                        .store(store)
                        .model(model)
                        .settings(ChatSettings.defaults())
                        .build(),
                new JwtClaims("cognito:groups"));
        chat = new ChatFunction(
                ChatApplication.builder()
                        .store(store)
                        .handoffQueue(new DynamoDbHandoffQueue(dynamo.enhanced(), tables.conversations()))
                        .feedback(new DynamoDbFeedbackStore(dynamo.enhanced(), tables.conversations(), null))
                        .model(model)
                        .settings(ChatSettings.defaults())
                        .build(),
                new JwtClaims("cognito:groups"));
    }

    static APIGatewayV2HTTPEvent inquiry(String body) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(EVENT);
        event.setBody(body);
        event.setHeaders(new HashMap<>(event.getHeaders()));
        event.getHeaders().remove("idempotency-key");
        return event;
    }

    static String body(String message, String format, String base64, String sessionId) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        if (message != null) {
            body.put("message", message);
        }
        if (sessionId != null) {
            body.put("sessionId", sessionId);
        }
        body.putObject("image").put("format", format).put("data", base64);
        return body.toString();
    }

    static APIGatewayV2HTTPEvent photo(String message, String format, byte[] image) {
        return inquiry(body(message, format, Base64.getEncoder().encodeToString(image), null));
    }

    static APIGatewayV2HTTPEvent as(String subject, APIGatewayV2HTTPEvent event) {
        Map<String, String> claims =
                new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("sub", subject);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        return event;
    }

    static APIGatewayV2HTTPEvent turnsEvent(String sessionId) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("../../events/session-turns.json");
        event.setPathParameters(Map.of("id", sessionId));
        event.setRawPath("/v1/sessions/" + sessionId + "/turns");
        return event;
    }

    private static JsonNode json(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody());
    }

    private static byte[] redPng() {
        return TestImages.png(TestImages.mostlyRed(400, 300));
    }

    @Test
    void anInquiryWithoutAModelIsRefusedWhenBuilt() {
        var store = new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());

        assertThatThrownBy(() -> InquiryApplication.builder()
                        .store(store)
                        .settings(ChatSettings.defaults())
                        .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("model");
    }

    @Test
    void theSampleEventGetsAChatShapedAnswerAboutThePhotosColour() throws Exception {
        APIGatewayV2HTTPResponse response =
                function.handleRequest(EventLoader.loadApiGatewayHttpEvent(EVENT), new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
        JsonNode body = json(response);
        assertThat(body.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "sessionId",
                        "turnId",
                        "reply",
                        "citations",
                        "memoriesUsed",
                        "actions",
                        "sentiment",
                        "emotion",
                        "handoff",
                        "usage",
                        "source");
        assertThat(body.get("reply").asText()).contains("red").contains("can't see details");
        assertThat(body.get("handoff").asBoolean()).isFalse();
        assertThat(body.at("/usage/inputTokens").asInt()).isPositive();
    }

    @Test
    void theTurnShowsInHistoryByReferenceAndAnotherCustomerGets404() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        JsonNode answer = json(function.handleRequest(as(owner, photo("Is this in stock?", "png", redPng())), null));
        String sessionId = answer.get("sessionId").asText();

        APIGatewayV2HTTPResponse history = chat.handleRequest(as(owner, turnsEvent(sessionId)), null);
        APIGatewayV2HTTPResponse peek = chat.handleRequest(as("intruder", turnsEvent(sessionId)), null);
        APIGatewayV2HTTPResponse post = function.handleRequest(
                as("intruder", inquiry(body("what is it?", "png", TestImages.base64(redPng()), sessionId))), null);

        assertThat(history.getStatusCode()).isEqualTo(200);
        JsonNode turn = json(history).at("/turns/0");
        assertThat(turn.get("message").asText()).isEqualTo("Is this in stock?");
        assertThat(turn.at("/photo/format").asText()).isEqualTo("png");
        assertThat(turn.at("/photo/width").asInt()).isEqualTo(400);
        assertThat(turn.at("/photo/sha256").asText()).hasSize(64);
        for (APIGatewayV2HTTPResponse response : List.of(peek, post)) {
            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(response.getBody()).doesNotContain("stock");
        }
    }

    @Test
    void aPhotoWithGpsReachesTheModelWithoutMetadataAndNoItemHoldsImageBytes() throws Exception {
        byte[] original = TestImages.withExifGpsXmpAndComment(TestImages.jpeg(TestImages.photoLike(1200, 900, 7)), 1);
        assertThat(JpegSegments.of(original).gpsLatitude())
                .as("the fixture really carries GPS")
                .isPresent();

        APIGatewayV2HTTPResponse response =
                function.handleRequest(photo("Which model is this?", "jpeg", original), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        Message last = model.last().messages().get(model.last().messages().size() - 1);
        byte[] sent = last.content().stream()
                .filter(Content.Image.class::isInstance)
                .map(c -> ((Content.Image) c).bytes())
                .findFirst()
                .orElseThrow();
        String latin1 = new String(sent, StandardCharsets.ISO_8859_1);
        assertThat(JpegSegments.of(sent).segments()).noneMatch(s -> s.isExif() || s.isXmp() || s.marker() == 0xFE);
        assertThat(JpegSegments.of(sent).gpsLatitude()).isEmpty();
        assertThat(latin1)
                .doesNotContain("Exif")
                .doesNotContain(TestImages.XMP_NAMESPACE)
                .doesNotContain(TestImages.COMMENT);
        assertThat(indexOf(sent, TestImages.GPS_LATITUDE_ENTRY)).isNegative();

        String jpegMagicBase64 = Base64.getEncoder()
                .encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                .substring(0, 3);
        List<AttributeValue> values = allStoredValues();
        assertThat(values).isNotEmpty();
        for (AttributeValue value : values) {
            String text = value.s() != null
                    ? value.s()
                    : value.b() != null
                            ? new String(value.b().asByteArray(), StandardCharsets.ISO_8859_1)
                            : String.valueOf(value.n());
            assertThat(text.length())
                    .as("no stored attribute is large enough to be a photo")
                    .isLessThan(4096);
            assertThat(text)
                    .doesNotContain("\u00FF\u00D8\u00FF")
                    .doesNotContain(jpegMagicBase64)
                    .doesNotContain(Base64.getEncoder().encodeToString(Arrays.copyOf(original, 12)));
        }
    }

    @Test
    void healthQuestionsGetNoDiagnosisAndUrgentWordsHandOff() throws Exception {
        JsonNode rash = json(function.handleRequest(photo("What is this rash on my arm?", "png", redPng()), null));
        JsonNode chinese = json(function.handleRequest(photo("这个伤口要紧吗？", "png", redPng()), null));
        JsonNode urgent = json(
                function.handleRequest(photo("My hand is bleeding heavily and I feel faint", "png", redPng()), null));
        JsonNode urgentChinese = json(function.handleRequest(photo("过敏了，现在呼吸困难", "png", redPng()), null));

        assertThat(rash.get("reply").asText()).contains("not a diagnosis").contains("doctor");
        assertThat(rash.get("handoff").asBoolean()).isFalse();
        assertThat(chinese.get("reply").asText()).contains("不是诊断");
        assertThat(urgent.get("handoff").asBoolean()).isTrue();
        assertThat(urgent.get("reply").asText()).contains("seek urgent care now");
        assertThat(urgentChinese.get("handoff").asBoolean()).isTrue();
        assertThat(urgentChinese.get("reply").asText()).contains("请立即就医");
    }

    static Stream<Arguments> badPhotos() {
        byte[] png = redPng();
        String svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
        String oversizeImage = "A".repeat(5_250_000); // 3,937,500 bytes decoded: just over, in a body that fits
        return Stream.of(
                Arguments.of(
                        "bad base64", inquiry(body("what is it?", "png", "%%% not base64 %%%", null)), 400, "base64"),
                Arguments.of(
                        "wrong magic bytes",
                        photo("what is it?", "png", "hello, this is text".getBytes(StandardCharsets.UTF_8)),
                        415,
                        ""),
                Arguments.of(
                        "declared png, really jpeg",
                        photo("what is it?", "png", TestImages.jpeg(TestImages.mostlyRed(40, 30))),
                        422,
                        "JPEG"),
                Arguments.of("SVG", photo("what is it?", "png", svg.getBytes(StandardCharsets.UTF_8)), 415, "SVG"),
                Arguments.of("truncated PNG", photo("what is it?", "png", Arrays.copyOf(png, png.length / 2)), 422, ""),
                Arguments.of(
                        "decompression bomb",
                        photo("what is it?", "png", TestImages.pngClaiming(60_000, 60_000)),
                        422,
                        ""),
                Arguments.of(
                        "image over 3.75 MB", inquiry(body("what is it?", "png", oversizeImage, null)), 413, "3.75 MB"),
                Arguments.of(
                        "body over the limit",
                        inquiry(body("what is it?", "png", "A".repeat(5_400_000), null)),
                        413,
                        String.valueOf(ImageInquiryFunction.MAX_BODY_BYTES)),
                Arguments.of("empty question", photo("   ", "png", png), 400, "message"),
                Arguments.of(
                        "missing question", inquiry(body(null, "png", TestImages.base64(png), null)), 400, "message"),
                Arguments.of("missing image", inquiry("{\"message\":\"what is it?\"}"), 400, "image"),
                Arguments.of("unsupported format", photo("what is it?", "bmp", png), 415, ""),
                Arguments.of(
                        "unknown field", inquiry("{\"message\":\"hi\",\"imageUrl\":\"http://x\"}"), 400, "imageUrl"),
                Arguments.of("malformed JSON", inquiry("{\"message\":"), 400, ""));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badPhotos")
    void badInputGetsAProblemAndStoresNothing(String name, APIGatewayV2HTTPEvent event, int status, String detail)
            throws Exception {
        APIGatewayV2HTTPResponse response = function.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).contains(detail);
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("at dev.rapport");
        assertThat(allStoredValues()).isEmpty();
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void snapStartPrimingPreparesAPhotoButWritesNothingAndAsksTheModelNothing() {
        function.prime();

        assertThat(allStoredValues()).isEmpty();
        assertThat(model.requests()).isEmpty();
        assertThat(model.primed()).isEqualTo(1);
        assertThat(function.handleRequest(photo("what colour?", "png", redPng()), new TestContext())
                        .getStatusCode())
                .isEqualTo(200);
    }

    private List<AttributeValue> allStoredValues() {
        List<AttributeValue> values = new ArrayList<>();
        try (DynamoDbClient client = dynamo.client()) {
            for (String table : List.of(tables.conversations(), tables.idempotency())) {
                client.scanPaginator(b -> b.tableName(table))
                        .items()
                        .forEach(item -> item.values().forEach(v -> flatten(v, values)));
            }
        }
        return values;
    }

    private static void flatten(AttributeValue value, List<AttributeValue> into) {
        if (value.hasM()) {
            value.m().values().forEach(v -> flatten(v, into));
        } else if (value.hasL()) {
            value.l().forEach(v -> flatten(v, into));
        } else {
            into.add(value);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
