package dev.rapport.http.apigateway;

import dev.rapport.chat.ChatCommand;

/** The chat fields every turn-taking route shares (chat, photo inquiries), read one way. */
public final class ChatCommands {

    private ChatCommands() {}

    public static ChatCommand read(ApiRequest request, JsonBody body) {
        return new ChatCommand(
                body.requiredString("message"),
                body.optionalString("sessionId"),
                body.optionalString("profileId"),
                body.optionalString("locale"),
                request.header("Idempotency-Key").orElse(null));
    }
}
