package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.json.Json;
import dev.rapport.local.events.LocalEventBus;
import dev.rapport.local.testing.Http;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outbox end to end on the local stack: a cancel the customer confirms in chat goes out once as
 * {@code OrderChangeRequested} from the orders table's stream (a failed publication, a repeated yes, a
 * replayed record and a second drain publish nothing more), and the business's {@code OrderUpdated}
 * answer sets the order and reaches the customer's inbox in their language.
 */
class OrderChangesLocalTest {

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());

    @Test
    void aConfirmedCancelIsAskedOnceAndTheBusinesssAnswerReachesTheInbox() throws IOException {
        String customer = "fay-" + UUID.randomUUID();
        String orderId = "6" + (System.nanoTime() % 100000);
        String token = stack.mintToken(customer, List.of());
        publish(order("business-order-placed.json", customer, orderId));

        JsonNode proposal = chat("取消订单" + orderId, null, token);
        String sessionId = proposal.path("sessionId").asText();
        String actionId = proposal.path("actions").get(0).path("id").asText();
        stack.eventBus().failNextEntries(1);
        assertThat(chat("确认", sessionId, token)
                        .path("actions")
                        .get(0)
                        .path("status")
                        .asText())
                .isEqualTo("done");
        stack.drainStreams();
        stack.drainStreams();
        assertThat(chat("确认", sessionId, token).path("reply").asText()).doesNotContain("已完成：");
        stack.drainStreams();
        replayAuditRecord(customer, orderId, actionId);

        List<LocalEventBus.Event> asked = stack.eventBus().events().stream()
                .filter(e -> e.detailType().equals("OrderChangeRequested"))
                .filter(e -> e.detail().path("orderId").asText().equals(orderId))
                .toList();
        assertThat(asked).singleElement().satisfies(event -> {
            assertThat(event.source()).isEqualTo("rapport.orders");
            assertThat(event.eventBusName()).isEqualTo("rapport-local-handoffs");
            assertThat(event.detail().path("requestId").asText()).isEqualTo(actionId);
            assertThat(event.detail().path("change").asText()).isEqualTo("cancel_order");
            assertThat(event.detail().toString()).doesNotContain(customer);
        });

        ObjectNode answer = order("business-order-updated.json", customer, orderId);
        ((ObjectNode) answer.path("detail"))
                .put("status", "cancelled")
                .put("requestId", actionId)
                .put("result", "done");
        assertThat(publish(answer)
                        .path("deliveries")
                        .get(0)
                        .path("result")
                        .path("result")
                        .asText())
                .isEqualTo("applied");
        assertThat(publish(answer)
                        .path("deliveries")
                        .get(0)
                        .path("result")
                        .path("result")
                        .asText())
                .isEqualTo("stale");

        JsonNode inbox = Http.json(http.send(http.get("/v1/inbox", token))).path("messages");
        assertThat(inbox)
                .singleElement()
                .satisfies(message ->
                        assertThat(message.toString()).contains("订单" + orderId).contains("商家已办理完成"));
        assertThat(chat("订单 " + orderId + " 到哪了？", null, token).path("reply").asText())
                .contains("已取消");
    }

    /** The stream hands the audit record over once more, as a replay after a shard's restart would. */
    private void replayAuditRecord(String customer, String orderId, String actionId) throws IOException {
        JsonNode sample = Json.MAPPER.readTree(Files.readString(Path.of("..", "events", "order-change-stream.json")));
        ObjectNode image =
                (ObjectNode) sample.path("Records").get(0).path("dynamodb").path("NewImage");
        image.putObject("actionId").put("S", actionId);
        image.putObject("orderId").put("S", orderId);
        image.putObject("customer").put("S", customer);
        String result = stack.functions().get("OrderChangesFunction").invoke(sample.toString());
        assertThat(Json.MAPPER.readTree(result).path("batchItemFailures")).isEmpty();
    }

    private JsonNode chat(String message, String sessionId, String token) {
        String body = "{\"message\":\"" + message + "\""
                + (sessionId == null ? "" : ",\"sessionId\":\"" + sessionId + "\"") + "}";
        HttpResponse<String> response = http.send(http.postJson("/v1/chat", body, token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private JsonNode publish(JsonNode event) {
        HttpResponse<String> response = http.send(http.request("/local/events")
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event.toString())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static ObjectNode order(String sample, String customer, String orderId) throws IOException {
        ObjectNode event = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("..", "events", sample)));
        ((ObjectNode) event.path("detail")).put("customerId", customer).put("orderId", orderId);
        return event;
    }
}
