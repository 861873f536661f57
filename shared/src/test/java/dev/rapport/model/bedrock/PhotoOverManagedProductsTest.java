package dev.rapport.model.bedrock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.actions.ActionDesk;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.identity.Caller;
import dev.rapport.inquiry.ImageInquiryService;
import dev.rapport.inquiry.image.ImagePreparer;
import dev.rapport.inquiry.image.TestImages;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbIndexedCatalog;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.DynamoDbOperations;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Photo inquiries with the catalog searched in a Bedrock knowledge base, as the photo function
 * wires it when {@code PRODUCTS_KNOWLEDGE_BASE_ID} is set: the real SDK against a stub speaking
 * Retrieve's wire format, the products read by SKU from the table on the embedded DynamoDB, and the
 * offline engine matching the photo's colour.
 */
class PhotoOverManagedProductsTest {

    private static final String QUESTION = "What goes with this jacket?";

    private static WireMockServer stub;
    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final DynamoDbOperations products = new DynamoDbOperations();
    private final Caller alice = DemoShop.customer("alice");
    private ImageInquiryService inquiries;

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
        DemoShop shop = DemoShop.create(dynamo);
        DynamoDbIndexedCatalog catalog = new DynamoDbIndexedCatalog(
                dynamo.enhanced(products),
                shop.productsTable(),
                KnowledgeBaseStub.productIndex(stub, KnowledgeBaseStub.PRODUCT_SETTINGS));
        ChatService chat = ChatService.builder()
                .store(new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency()))
                .model(new OfflineEngine())
                .settings(ChatSettings.defaults())
                .tools(new ToolRunner(Toolbox.of(catalog, shop.orders()), new ActionDesk(shop.orders())))
                .build();
        inquiries = new ImageInquiryService(new ImagePreparer(), chat);
    }

    @Test
    void aRedPhotoOfAJacketIsMatchedThroughTheKnowledgeBaseAndReadByKeyNeverScanned() {
        KnowledgeBaseStub.answer(
                stub,
                KnowledgeBaseStub.productResult(
                        DemoShop.JACKET.sku(), "Trail windbreaker jacket, navy or red", "jacket", "599", 0.78));
        products.clear();

        ChatReply reply = ask();

        assertThat(KnowledgeBaseStub.calls(stub)).isEqualTo(1);
        JsonNode search = KnowledgeBaseStub.requests(stub).getFirst();
        assertThat(search.path("retrievalQuery").path("text").asText()).contains("red");
        assertThat(search.toString()).contains("\"product\"").contains("\"jacket\"");
        assertThat(reply.reply())
                .contains("mostly red")
                .contains("Matching items in our catalog: Trail windbreaker jacket");
        assertThat(products.sent()).containsExactly("BatchGetItem");
    }

    @Test
    void aKnowledgeBaseOutageSaysSearchIsUnavailableNotThatNothingMatched() {
        KnowledgeBaseStub.fail(stub, 429, "ThrottlingException");
        products.clear();

        ChatReply reply = ask();

        assertThat(reply.reply())
                .contains("mostly red")
                .contains("product search is unavailable right now")
                .doesNotContain("I found nothing in our catalog");
        assertThat(products.sent()).isEmpty();
    }

    private ChatReply ask() {
        return inquiries.ask(
                alice,
                new ChatCommand(QUESTION, null, null, "en", null),
                "png",
                TestImages.base64(TestImages.png(TestImages.mostlyRed(400, 300))));
    }
}
