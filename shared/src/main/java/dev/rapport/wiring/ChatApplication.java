package dev.rapport.wiring;

import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ConversationStore;
import dev.rapport.chat.SessionHistory;
import dev.rapport.config.Environment;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.ModelPricing;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import java.util.Map;

/** The chat capability assembled from configuration: what the chat function runs. */
public record ChatApplication(ChatService chat, SessionHistory history, ModelPricing pricing) {

    public static ChatApplication fromEnvironment(Environment env) {
        ConversationStore store = new DynamoDbConversationStore(AwsClients.dynamoDb(),
                env.get("CONVERSATIONS_TABLE", "rapport-local-conversations"),
                env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"),
                env.get("MEMORY_TABLE", "rapport-local-memory"));
        return of(store, Models.fromEnvironment(env), ChatSettings.from(env), ModelPricing.from(env));
    }

    public static ChatApplication of(ConversationStore store, ConversationModel model, ChatSettings settings) {
        return of(store, model, settings, ModelPricing.from(Environment.of(Map.of())));
    }

    public static ChatApplication of(ConversationStore store, ConversationModel model, ChatSettings settings,
                                     ModelPricing pricing) {
        return new ChatApplication(new ChatService(store, model, settings),
                new SessionHistory(store, settings.historyLimit()), pricing);
    }
}
