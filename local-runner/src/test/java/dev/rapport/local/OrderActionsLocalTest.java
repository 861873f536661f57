package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demo store on the local stack with the offline engine, through the HTTP API: alice's order
 * status, its cancellation after her yes, the audit in her export; bob cannot see it; an admin
 * keeps the catalog.
 */
class OrderActionsLocalTest {

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());

    @Test
    void aliceFindsHerOrderCancelsItAfterConfirmingAndSeesItInHerExport() {
        String alice = stack.mintToken("alice", List.of());

        JsonNode status = chat("{\"message\":\"where is my order 1042?\"}", alice);
        assertThat(status.path("reply").asText())
                .contains("Order 1042 is processing")
                .contains("Aurora X1 phone");

        JsonNode proposal = chat(
                "{\"message\":\"cancel order 1042\",\"sessionId\":\""
                        + status.path("sessionId").asText() + "\"}",
                alice);
        assertThat(proposal.path("actions")).hasSize(1);
        JsonNode action = proposal.path("actions").get(0);
        assertThat(action.path("type").asText()).isEqualTo("cancel_order");
        assertThat(action.path("orderId").asText()).isEqualTo("1042");
        assertThat(action.path("status").asText()).isEqualTo("pending_confirmation");
        assertThat(action.path("id").asText()).isNotBlank();
        assertThat(action.path("summary").asText()).contains("1042");

        JsonNode confirmed = chat(
                "{\"message\":\"yes\",\"sessionId\":\""
                        + status.path("sessionId").asText() + "\"}",
                alice);
        assertThat(confirmed.path("actions").get(0).path("status").asText()).isEqualTo("done");
        assertThat(chat("{\"message\":\"where is my order 1042?\"}", alice)
                        .path("reply")
                        .asText())
                .contains("Order 1042 is cancelled");

        JsonNode export = Http.json(http.send(http.get("/v1/me/export", alice)));
        assertThat(export.path("data").path("orders")).anySatisfy(item -> {
            assertThat(item.path("type").asText()).isEqualTo("cancel_order");
            assertThat(item.path("orderId").asText()).isEqualTo("1042");
            assertThat(item.path("result").asText()).isEqualTo("done");
            assertThat(item.path("actionId").asText())
                    .isEqualTo(action.path("id").asText());
        });
    }

    @Test
    void bobAskingAboutAlicesOrderIsToldItIsNotFound() {
        String bob = stack.mintToken("bob", List.of());

        JsonNode reply = chat("{\"message\":\"where is my order 1042?\"}", bob);

        assertThat(reply.path("reply").asText())
                .contains("can't find an order 1042")
                .doesNotContain("Aurora");
        assertThat(chat("{\"message\":\"订单2051到哪了\"}", bob).path("reply").asText())
                .contains("订单2051目前已发货");
    }

    @Test
    void theDemoCatalogAnswersWithItsOwnBatteryFigures() {
        String token = stack.mintToken("shopper-" + UUID.randomUUID(), List.of());

        String reply = chat("{\"message\":\"手机续航多久？\"}", token).path("reply").asText();

        assertThat(reply).contains("根据商品目录").contains("小时");
    }

    @Test
    void onlySupportAdminsKeepTheCatalog() {
        String product = "{\"nameZh\":\"测试充电器\",\"nameEn\":\"Test charger\",\"category\":\"charger\","
                + "\"price\":\"9.90\",\"currency\":\"CNY\",\"stock\":1}";
        HttpResponse<String> customer = http.send(
                put("/v1/kb/products/CH-TEST-1", product, stack.mintToken("mallory-" + UUID.randomUUID(), List.of())));
        HttpResponse<String> admin = http.send(put(
                "/v1/kb/products/CH-TEST-1",
                product,
                stack.mintToken("admin-" + UUID.randomUUID(), List.of("support-admins"))));
        HttpResponse<String> badPrice = http.send(put(
                "/v1/kb/products/CH-TEST-2",
                product.replace("9.90", "-1"),
                stack.mintToken("admin-" + UUID.randomUUID(), List.of("support-admins"))));

        assertThat(customer.statusCode()).isEqualTo(403);
        assertThat(admin.statusCode()).isEqualTo(201);
        assertThat(badPrice.statusCode()).isEqualTo(400);
        assertThat(badPrice.headers().firstValue("content-type")).hasValue("application/problem+json");
    }

    private JsonNode chat(String body, String token) {
        HttpResponse<String> response = http.send(http.postJson("/v1/chat", body, token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private HttpRequest.Builder put(String path, String json, String token) {
        return http.request(path)
                .header("authorization", "Bearer " + token)
                .header("content-type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
    }
}
