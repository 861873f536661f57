package dev.rapport.functions.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.integrations.BusinessEvents;
import dev.rapport.integrations.DeadLetters;
import dev.rapport.json.Json;
import dev.rapport.orders.OrderStatus;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.storage.dynamodb.DynamoDbIntegrationStore;
import dev.rapport.storage.dynamodb.DynamoDbOrderStore;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bus rule's target driven by the envelopes in events/, on the embedded DynamoDB engine. */
class BusinessEventsFunctionTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final List<DeadLetters.DeadLetter> deadLetters = new ArrayList<>();
    private DynamoDbOrderStore orders;
    private BusinessEventsFunction function;

    @BeforeEach
    void setUp() {
        String ordersTable = dynamo.createOrdersTable();
        orders = new DynamoDbOrderStore(dynamo.enhanced(), ordersTable);
        function = new BusinessEventsFunction(
                new BusinessEvents(
                        new DynamoDbIntegrationStore(
                                dynamo.client(),
                                ordersTable,
                                dynamo.createMemoryTable(),
                                dynamo.createRemindersTable(),
                                Clock.systemUTC()),
                        new PiiRedactor(),
                        Clock.systemUTC()),
                deadLetters::add);
    }

    @Test
    void theSampleEventsApplyInTheirOrderAndAgainChangeNothing() throws IOException {
        String placed = sample("business-order-placed.json");
        String updated = sample("business-order-updated.json");

        // The update overtook its order: the invocation fails, so Lambda tries it again later.
        assertThatThrownBy(() -> invoke(updated))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("order not known yet");
        assertThat(invoke(placed).path("result").asText()).isEqualTo("applied");
        assertThat(invoke(updated).path("result").asText()).isEqualTo("applied");
        assertThat(invoke(placed).path("result").asText()).isEqualTo("stale");
        assertThat(invoke(sample("business-customer-updated.json"))
                        .path("result")
                        .asText())
                .isEqualTo("applied");

        var order = orders.order(Owner.of(new Caller("dana", Set.of()), null).customerHash(), "8123")
                .orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.deliverySlot()).isEqualTo("2026-12-09 14:00-18:00");
        assertThat(order.deliveryAddress()).isEqualTo("[ADDRESS_1]");
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void anUnreadableEventIsDeadLetteredAndTheInvocationSucceeds() throws IOException {
        JsonNode answer = invoke("{\"id\":");

        assertThat(answer.path("result").asText()).isEqualTo("rejected");
        assertThat(answer.path("reason").asText()).isEqualTo("the event is not JSON");
        assertThat(deadLetters)
                .singleElement()
                .satisfies(letter -> assertThat(letter.event()).isEqualTo("{\"id\":"));
    }

    @Test
    void theDeadLetterOfARefusedOrderKeepsNoAddressOrName() throws IOException {
        String placed = sample("business-order-placed.json").replace("\"processing\"", "\"teleported\"");
        String customer = sample("business-customer-updated.json").replace("\"vip\"", "\"health\"");

        invoke(placed);
        invoke(customer);

        assertThat(deadLetters)
                .hasSize(2)
                .allSatisfy(letter -> assertThat(letter.event())
                        .doesNotContain("世纪大道")
                        .doesNotContain("王小明")
                        .doesNotContain("1990-03-12"));
    }

    private JsonNode invoke(String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        function.handleRequest(
                new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, new TestContext());
        return Json.MAPPER.readTree(out.toByteArray());
    }

    private static String sample(String name) throws IOException {
        return Files.readString(Path.of("../../events", name));
    }
}
