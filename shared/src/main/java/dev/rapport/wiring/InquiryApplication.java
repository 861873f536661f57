package dev.rapport.wiring;

import dev.rapport.agents.Supervisor;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ConversationStore;
import dev.rapport.config.Environment;
import dev.rapport.inquiry.ImageInquiryService;
import dev.rapport.inquiry.image.ImagePreparer;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.ModelPricing;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.tools.ToolRunner;
import java.util.Map;
import java.util.Objects;

/** The photo inquiry assembled from configuration: the chat turn's store and model plus the image core. */
public record InquiryApplication(ImageInquiryService inquiries, ModelPricing pricing) {

    public static InquiryApplication fromEnvironment(Environment env) {
        var client = AwsClients.dynamoDb();
        ConversationStore store = new DynamoDbConversationStore(
                client,
                env.get("CONVERSATIONS_TABLE", "rapport-local-conversations"),
                env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"),
                env.get("MEMORY_TABLE", "rapport-local-memory"));
        return builder()
                .store(store)
                .model(Models.fromEnvironment(env))
                .settings(ChatSettings.from(env))
                .pricing(ModelPricing.from(env))
                .tools(ChatApplication.tools(client, env))
                .supervisor(ChatApplication.supervisor())
                .build();
    }

    /** The one way to assemble the photo inquiry; see {@link Builder} for what is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parts of the photo inquiry. Required: the conversation store, the model and the settings.
     * Optional, with their defaults: list prices of none configured and no tools.
     */
    public static final class Builder {

        private ConversationStore store;
        private ConversationModel model;
        private ChatSettings settings;
        private ModelPricing pricing = ModelPricing.from(Environment.of(Map.of()));
        private ToolRunner tools = ToolRunner.NONE;
        /** None: one agent answers every turn with every tool. */
        private Supervisor supervisor;

        private Builder() {}

        public Builder store(ConversationStore store) {
            this.store = store;
            return this;
        }

        public Builder model(ConversationModel model) {
            this.model = model;
            return this;
        }

        public Builder settings(ChatSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder pricing(ModelPricing pricing) {
            this.pricing = Objects.requireNonNull(pricing, "pricing");
            return this;
        }

        /** The catalog tools, so a photo's answer can name matching products. */
        public Builder tools(ToolRunner tools) {
            this.tools = Objects.requireNonNull(tools, "tools");
            return this;
        }

        /** Routes each turn to the specialists whose job it is, each with only its own tools. */
        public Builder supervisor(Supervisor supervisor) {
            this.supervisor = supervisor;
            return this;
        }

        /** @throws NullPointerException naming the first required part that was not given */
        public InquiryApplication build() {
            // The chat service checks the required parts (store, model, settings).
            return new InquiryApplication(
                    new ImageInquiryService(
                            new ImagePreparer(),
                            ChatService.builder()
                                    .store(store)
                                    .model(model)
                                    .settings(settings)
                                    .tools(tools)
                                    .supervisor(supervisor)
                                    .build()),
                    pricing);
        }
    }
}
