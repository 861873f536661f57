package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.actions.ActionDesk;
import dev.rapport.catalog.Product;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.identity.Caller;
import dev.rapport.json.Json;
import dev.rapport.model.Content;
import dev.rapport.model.Message;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbIndexedCatalog;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.DynamoDbOperations;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chat turns with the catalog searched in a Bedrock knowledge base (the real SDK against a stub
 * speaking Retrieve's wire format) and read by SKU from the products table on the embedded
 * DynamoDB, with the offline engine choosing the tools.
 */
class ChatOverManagedProductsTest {

    private static final String QUESTION = "Do you have the jacket in navy, size M?";
    /** The jacket as it was indexed: the price in its text and metadata is last season's. */
    private static final String JACKET_AS_INDEXED = KnowledgeBaseStub.productResult(
            DemoShop.JACKET.sku(), "Trail windbreaker jacket, navy or red, 499.00 CNY", "jacket", "499", 0.78);

    private static WireMockServer stub;
    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RecordingModel model = new RecordingModel();
    private final DynamoDbOperations products = new DynamoDbOperations();
    private final Caller bob = DemoShop.customer("bob");
    private DemoShop shop;
    private ChatService chat;

    @BeforeAll
    static void startStub() {
        stub = new WireMockServer(wireMockConfig().dynamicPort());
        stub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.stop();
    }

    @BeforeEach
    void setUp() {
        stub.resetAll();
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        shop = DemoShop.create(dynamo);
        DynamoDbIndexedCatalog catalog = new DynamoDbIndexedCatalog(
                dynamo.enhanced(products),
                shop.productsTable(),
                KnowledgeBaseStub.productIndex(stub, KnowledgeBaseStub.PRODUCT_SETTINGS));
        chat = ChatService.builder()
                .store(new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency()))
                .model(model)
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .tools(new ToolRunner(Toolbox.of(catalog, shop.orders()), new ActionDesk(shop.orders())))
                .build();
    }

    @Test
    void aProductFoundInTheKnowledgeBaseIsOfferedAtTheTablesCurrentPriceReadByKey() throws Exception {
        shop.catalog().put(withPrice(DemoShop.JACKET, "649.00"));
        KnowledgeBaseStub.answer(stub, JACKET_AS_INDEXED);
        products.clear();

        ChatReply reply = chat.chat(bob, new ChatCommand(QUESTION, null, null, "en", null));

        assertThat(KnowledgeBaseStub.calls(stub)).isEqualTo(1);
        JsonNode filter = KnowledgeBaseStub.requests(stub)
                .getFirst()
                .path("retrievalConfiguration")
                .path("vectorSearchConfiguration")
                .path("filter")
                .path("andAll");
        assertThat(filter.get(1).path("equals").path("value").asText()).isEqualTo("jacket");
        assertThat(reply.reply())
                .contains("Trail windbreaker jacket")
                .contains("649.00 CNY")
                .doesNotContain("499");
        JsonNode offered = toolResult().path("products");
        assertThat(offered).hasSize(1);
        assertThat(offered.get(0).path("price").asText()).isEqualTo("649.00");
        assertThat(products.sent()).containsExactly("BatchGetItem");
    }

    @Test
    void aProductStillIndexedButDeletedFromTheTableIsNotOffered() throws Exception {
        KnowledgeBaseStub.answer(
                stub,
                KnowledgeBaseStub.productResult(
                        "JK-RETIRED-1", "Retired storm jacket, navy, size M", "jacket", "299", 0.91),
                JACKET_AS_INDEXED);

        ChatReply reply = chat.chat(bob, new ChatCommand(QUESTION, null, null, "en", null));

        assertThat(toolResult().path("products"))
                .extracting(p -> p.path("sku").asText())
                .containsExactly(DemoShop.JACKET.sku());
        assertThat(reply.reply()).doesNotContain("Retired").contains("599.00 CNY");
    }

    @Test
    void aKnowledgeBaseOutageLeavesTheSearchUnavailableAndTheTurnAnswered() throws Exception {
        KnowledgeBaseStub.fail(stub, 429, "ThrottlingException");
        products.clear();

        ChatReply reply = chat.chat(bob, new ChatCommand(QUESTION, null, null, "en", null));

        assertThat(KnowledgeBaseStub.calls(stub)).isEqualTo(KnowledgeBaseStub.PRODUCT_SETTINGS.maxAttempts());
        assertThat(toolResult().path("unavailable").asBoolean()).isTrue();
        assertThat(reply.source()).isEqualTo(ChatReply.FROM_MODEL);
        assertThat(reply.reply()).contains("product search is unavailable right now");
        assertThat(products.sent()).isEmpty();
    }

    @Test
    void aRefusingKnowledgeBaseDegradesTheSameWay() throws Exception {
        KnowledgeBaseStub.fail(stub, 403, "AccessDeniedException");

        ChatReply reply = chat.chat(bob, new ChatCommand(QUESTION, null, null, "en", null));

        assertThat(toolResult().path("unavailable").asBoolean()).isTrue();
        assertThat(reply.reply()).contains("product search is unavailable right now");
    }

    /** The search tool's result as the model was given it, in the turn's last request. */
    private JsonNode toolResult() throws Exception {
        Message last = model.last().messages().getLast();
        Content.ToolResult result = last.content().stream()
                .filter(Content.ToolResult.class::isInstance)
                .map(Content.ToolResult.class::cast)
                .findFirst()
                .orElseThrow();
        return Json.MAPPER.readTree(result.text());
    }

    private static Product withPrice(Product p, String price) {
        return new Product(
                p.sku(),
                p.nameZh(),
                p.nameEn(),
                p.category(),
                p.colours(),
                p.sizes(),
                new BigDecimal(price),
                p.currency(),
                p.specs(),
                p.stock());
    }
}
