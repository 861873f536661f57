package dev.rapport.wiring;

import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ConversationStore;
import dev.rapport.chat.SessionHistory;
import dev.rapport.config.Environment;
import dev.rapport.model.ConversationModel;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;

/** The chat capability assembled from configuration: what the chat function runs. */
public record ChatApplication(ChatService chat, SessionHistory history) {

    public static ChatApplication fromEnvironment(Environment env) {
        ConversationStore store = new DynamoDbConversationStore(AwsClients.dynamoDb(),
                env.get("CONVERSATIONS_TABLE", "rapport-local-conversations"),
                env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"));
        return of(store, Models.fromEnvironment(env), ChatSettings.from(env));
    }

    public static ChatApplication of(ConversationStore store, ConversationModel model, ChatSettings settings) {
        return new ChatApplication(new ChatService(store, model, settings), new SessionHistory(store, settings.historyLimit()));
    }
}
