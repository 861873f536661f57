package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.json.Json;
import dev.rapport.local.testing.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The business's events through the local bus: {@code POST /local/events} publishes to the template's
 * business bus, its rule delivers to the function, and the chat answers from what arrived; what the
 * function refuses waits in the dead-letter queue (ElasticMQ) with its reason.
 */
class BusinessEventsLocalTest {

    private static final String DEAD_LETTERS = "rapport-local-business-events-dead-letters";

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());

    @Test
    void anOrderPlacedOnTheBusIsWhatTheChatAnswersFrom() throws IOException {
        String customer = "dana-" + UUID.randomUUID();
        String orderId = "8" + (System.nanoTime() % 1000);

        JsonNode published = publish(sample("business-order-placed.json", customer, orderId));

        assertThat(published.path("deliveries")).singleElement().satisfies(delivery -> {
            assertThat(delivery.path("function").asText()).isEqualTo("BusinessEventsFunction");
            assertThat(delivery.path("result").path("result").asText()).isEqualTo("applied");
        });
        String reply = chat("订单 " + orderId + " 到哪了？", stack.mintToken(customer, List.of()));
        assertThat(reply).contains("订单" + orderId + "目前处理中").contains("回声无线耳机");

        publish(sample("business-order-updated.json", customer, orderId));
        assertThat(chat("订单 " + orderId + " 到哪了？", stack.mintToken(customer, List.of())))
                .contains("订单" + orderId + "目前已发货");
        assertThat(chat("订单 " + orderId + " 到哪了？", stack.mintToken("someone-" + UUID.randomUUID(), List.of())))
                .doesNotContain("回声无线耳机");
    }

    @Test
    void anUnknownEventWaitsInTheDeadLetterQueueWithItsReason() {
        ObjectNode unknown = Json.MAPPER.createObjectNode();
        unknown.put("source", "acme.orders");
        unknown.put("detail-type", "OrderTeleported");
        unknown.putObject("detail").put("customerId", "dana").put("deliveryAddress", "上海市浦东新区世纪大道100号");

        JsonNode published = publish(unknown);

        assertThat(published
                        .path("deliveries")
                        .get(0)
                        .path("result")
                        .path("result")
                        .asText())
                .isEqualTo("rejected");
        String eventId = published.path("event").path("id").asText();
        try (SqsClient sqs = sqs()) {
            String url = sqs.getQueueUrl(b -> b.queueName(DEAD_LETTERS)).queueUrl();
            List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10))
                    .messages();
            assertThat(messages)
                    .map(Message::body)
                    .filteredOn(body -> body.contains(eventId))
                    .singleElement()
                    .satisfies(body -> assertThat(body)
                            .contains("unknown detail-type 'OrderTeleported'")
                            .doesNotContain("世纪大道"));
        }
    }

    @Test
    void aPublishWithoutSourceTypeAndDetailIsABadRequest() {
        HttpResponse<String> response = http.send(http.request("/local/events")
                .header("content-type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"detail\":42}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
    }

    private JsonNode publish(JsonNode event) {
        HttpResponse<String> response = http.send(http.request("/local/events")
                .header("content-type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(event.toString())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private String chat(String message, String token) {
        HttpResponse<String> response =
                http.send(http.postJson("/v1/chat", "{\"message\":\"" + message + "\"}", token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).path("reply").asText();
    }

    /** A sample of events/ for this test's own customer and order. */
    private static JsonNode sample(String name, String customer, String orderId) throws IOException {
        JsonNode event = Json.MAPPER.readTree(Files.readString(Path.of("..", "events", name)));
        ((ObjectNode) event.path("detail")).put("customerId", customer).put("orderId", orderId);
        return event;
    }

    private SqsClient sqs() {
        return SqsClient.builder()
                .endpointOverride(stack.queues().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
