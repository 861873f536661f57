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
import java.util.Map;

/** The photo inquiry assembled from configuration: the chat turn's store and model plus the image core. */
public record InquiryApplication(ImageInquiryService inquiries, ModelPricing pricing) {

    public static InquiryApplication fromEnvironment(Environment env) {
        ConversationStore store = new DynamoDbConversationStore(AwsClients.dynamoDb(),
                env.get("CONVERSATIONS_TABLE", "rapport-local-conversations"),
                env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"),
                env.get("MEMORY_TABLE", "rapport-local-memory"));
        return of(store, Models.fromEnvironment(env), ChatSettings.from(env), ModelPricing.from(env));
    }

    public static InquiryApplication of(ConversationStore store, ConversationModel model, ChatSettings settings) {
        return of(store, model, settings, ModelPricing.from(Environment.of(Map.of())));
    }

    public static InquiryApplication of(ConversationStore store, ConversationModel model, ChatSettings settings,
                                        ModelPricing pricing) {
        return new InquiryApplication(
                new ImageInquiryService(new ImagePreparer(), new ChatService(store, model, settings)), pricing);
    }
}
