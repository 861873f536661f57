package dev.rapport.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.actions.ActionDesk;
import dev.rapport.agents.Specialist;
import dev.rapport.agents.Supervisor;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.identity.Caller;
import dev.rapport.inquiry.image.ImagePreparer;
import dev.rapport.inquiry.image.TestImages;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.StandInSupervisor;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With the catalog tools, the offline engine's photo answer names catalog items in the photo's colour. */
class PhotoCatalogMatchTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller alice = DemoShop.customer("alice");
    private ImageInquiryService inquiries;
    private ImageInquiryService routed;

    @BeforeEach
    void setUp() {
        inquiries = inquiries(null);
        routed = inquiries(StandInSupervisor.always(Specialist.ORDERS));
    }

    private ImageInquiryService inquiries(Supervisor supervisor) {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        DemoShop shop = DemoShop.create(dynamo);
        ChatService chat = ChatService.builder()
                .store(new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency()))
                .model(new OfflineEngine())
                .settings(ChatSettings.defaults())
                .tools(new ToolRunner(Toolbox.of(shop.catalog(), shop.orders()), new ActionDesk(shop.orders())))
                .supervisor(supervisor)
                .build();
        return new ImageInquiryService(new ImagePreparer(), chat);
    }

    @Test
    void aPhotoGoesToTheAdvisorWhoeverTheSupervisorPickedAndTheReplySaysSo() {
        ChatReply reply = routed.ask(
                alice,
                new ChatCommand("What goes with this jacket?", null, null, "en", null),
                "png",
                TestImages.base64(TestImages.png(TestImages.mostlyRed(400, 300))));

        assertThat(reply.agent()).isEqualTo("advisor");
        assertThat(reply.reply()).contains("Matching items in our catalog: Trail windbreaker jacket");
    }

    @Test
    void aRedPhotoAboutAJacketMatchesTheRedJacketAndStillSaysWhatTheEngineCannotSee() {
        ChatReply reply = inquiries.ask(
                alice,
                new ChatCommand("What goes with this jacket?", null, null, "en", null),
                "png",
                TestImages.base64(TestImages.png(TestImages.mostlyRed(400, 300))));

        assertThat(reply.reply())
                .contains("mostly red")
                .contains("can't see details")
                .contains("Matching items in our catalog: Trail windbreaker jacket");
    }

    @Test
    void aHealthPhotoGetsNoShoppingSuggestions() {
        ChatReply reply = inquiries.ask(
                alice,
                new ChatCommand("what is this rash on my arm?", null, null, "en", null),
                "png",
                TestImages.base64(TestImages.png(TestImages.mostlyRed(400, 300))));

        assertThat(reply.reply()).contains("not a diagnosis").doesNotContain("catalog");
    }
}
