package dev.rapport.local.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.config.Environment;
import dev.rapport.local.LocalRapport;
import dev.rapport.local.LocalRapportFixture;
import dev.rapport.local.testing.Http;
import dev.rapport.wiring.IntegrationApplication;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first sync into the local stack's tables: lines applied, a bad line refused with its reason, a rerun a no-op. */
class BusinessImportTest {

    private final LocalRapport stack = LocalRapportFixture.shared();

    @Test
    void ordersAndCustomersLoadOnceAndTheChatAnswersFromThem(@TempDir Path dir) throws IOException {
        String customer = "erin-" + UUID.randomUUID();
        Path file = dir.resolve("sync.jsonl");
        Files.writeString(
                file,
                line(
                                "OrderPlaced",
                                "{\"orderId\":\"9001\",\"customerId\":\"" + customer + "\",\"version\":3,"
                                        + "\"status\":\"shipped\",\"placedAt\":\"2026-12-01T10:00:00Z\",\"items\":[{\"sku\":\"CH-GAN-65\","
                                        + "\"name\":\"65W GaN charger\",\"quantity\":2,\"price\":\"199.00\"}]}")
                        + "\n\n"
                        + line(
                                "CustomerUpdated",
                                "{\"customerId\":\"" + customer + "\",\"version\":1,\"locale\":\"en-GB\"}")
                        + "\n"
                        + line("OrderPlaced", "{\"orderId\":\"9002\",\"customerId\":\"" + customer + "\"}")
                        + "\n");
        BusinessImport importer = new BusinessImport(
                IntegrationApplication.fromEnvironment(Environment.system()).events(), Clock.systemUTC());

        List<BusinessImport.Outcome> first = importer.run(file);
        List<BusinessImport.Outcome> again = importer.run(file);

        assertThat(first).extracting(BusinessImport.Outcome::line).containsExactly(1, 3, 4);
        assertThat(first).extracting(BusinessImport.Outcome::result).containsExactly("applied", "applied", "rejected");
        assertThat(first.get(2).reason()).contains("detail.items");
        assertThat(again).extracting(BusinessImport.Outcome::result).containsExactly("stale", "stale", "rejected");
        Http http = new Http(stack.baseUri());
        HttpResponse<String> reply = http.send(http.postJson(
                "/v1/chat", "{\"message\":\"where is my order 9001?\"}", stack.mintToken(customer, List.of())));
        assertThat(Http.json(reply).path("reply").asText()).contains("Order 9001 is shipped");
    }

    private static String line(String type, String detail) {
        return "{\"detail-type\":\"" + type + "\",\"source\":\"acme.sync\",\"detail\":" + detail + "}";
    }
}
