package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.identity.Caller;
import dev.rapport.inquiry.ImageInquiryService;
import dev.rapport.inquiry.image.ImagePreparer;
import dev.rapport.inquiry.image.JpegSegments;
import dev.rapport.inquiry.image.TestImages;
import dev.rapport.json.Json;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.testing.TestDynamoDb;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/** A photo turn through the real Bedrock adapter and SDK, against a stub speaking the Converse wire format. */
class PhotoTurnOverConverseTest {

    private final WireMockServer stub = new WireMockServer(wireMockConfig().dynamicPort());

    @AfterEach
    void stop() {
        stub.stop();
    }

    @Test
    void theModelGetsTheStrippedImageBeforeTheQuestionAndThePhotoRuleInTheSystemPrompt() throws Exception {
        stub.start();
        stub.stubFor(post(urlPathMatching("/model/.*/converse"))
                .willReturn(
                        okJson("{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"This is not a"
                                + " diagnosis; please see a doctor.\"}]}},\"stopReason\":\"end_turn\","
                                + "\"usage\":{\"inputTokens\":900,\"outputTokens\":12,\"totalTokens\":912}}")));
        BedrockSettings settings = new BedrockSettings(
                BedrockSettings.DEFAULT_MODEL_ID,
                512,
                0.2,
                Optional.empty(),
                "DRAFT",
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(10));
        BedrockConverseModel bedrock = new BedrockConverseModel(
                BedrockClients.runtime(settings, BackoffStrategy.retryImmediately())
                        .endpointOverride(URI.create(stub.baseUrl()))
                        .region(Region.US_EAST_1)
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                        .build(),
                settings);
        TestDynamoDb dynamo = TestDynamoDb.shared();
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        ImageInquiryService inquiries = new ImageInquiryService(
                new ImagePreparer(),
                ChatService.builder()
                        .store(new DynamoDbConversationStore(
                                dynamo.enhanced(), tables.conversations(), tables.idempotency()))
                        .model(bedrock)
                        .settings(ChatSettings.defaults())
                        .build());
        byte[] original = TestImages.withExifGpsXmpAndComment(TestImages.jpeg(TestImages.photoLike(800, 600, 3)), 1);

        ChatReply reply = inquiries.ask(
                new Caller("c-" + UUID.randomUUID(), Set.of()),
                new ChatCommand("What is this rash on my arm?", null, null, "en", null),
                "jpeg",
                TestImages.base64(original));

        assertThat(reply.reply()).contains("not a diagnosis");
        assertThat(stub.getAllServeEvents()).hasSize(1);
        JsonNode sent = Json.MAPPER.readTree(
                stub.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertThat(sent.path("system").get(0).path("text").asText())
                .contains("Never diagnose")
                .contains("not a diagnosis")
                .contains("seek urgent care now");
        JsonNode content = sent.path("messages").get(0).path("content");
        assertThat(content.get(0).path("image").path("format").asText()).isEqualTo("jpeg");
        assertThat(content.get(1).path("text").asText()).isEqualTo("What is this rash on my arm?");
        byte[] image = Base64.getDecoder()
                .decode(content.get(0)
                        .path("image")
                        .path("source")
                        .path("bytes")
                        .asText());
        assertThat(JpegSegments.of(image).gpsLatitude()).isEmpty();
        assertThat(new String(image, StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif")
                .doesNotContain(TestImages.XMP_NAMESPACE)
                .doesNotContain(TestImages.COMMENT);
    }
}
