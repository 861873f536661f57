package dev.rapport.wiring;

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

/** The photo inquiry assembled from configuration: the chat turn's store and model plus the image core. */
public record InquiryApplication(ImageInquiryService inquiries, ModelPricing pricing) {

    public static InquiryApplication fromEnvironment(Environment env) {
        var client = AwsClients.dynamoDb();
        ConversationStore store = new DynamoDbConversationStore(client,
                env.get("CONVERSATIONS_TABLE", "rapport-local-conversations"),
                env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"),
                env.get("MEMORY_TABLE", "rapport-local-memory"));
        return of(store, Models.fromEnvironment(env), ChatSettings.from(env), ModelPricing.from(env),
                ChatApplication.tools(client, env));
    }

    public static InquiryApplication of(ConversationStore store, ConversationModel model, ChatSettings settings) {
        return of(store, model, settings, ModelPricing.from(Environment.of(Map.of())));
    }

    public static InquiryApplication of(ConversationStore store, ConversationModel model, ChatSettings settings,
                                        ModelPricing pricing) {
        return of(store, model, settings, pricing, ToolRunner.NONE);
    }

    /** @param tools the catalog tools, so a photo's answer can name matching products */
    public static InquiryApplication of(ConversationStore store, ConversationModel model, ChatSettings settings,
                                        ModelPricing pricing, ToolRunner tools) {
        return new InquiryApplication(new ImageInquiryService(new ImagePreparer(),
                ChatService.builder().store(store).model(model).settings(settings).tools(tools).build()), pricing);
    }
}
