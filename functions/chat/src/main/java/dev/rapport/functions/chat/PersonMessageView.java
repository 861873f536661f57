package dev.rapport.functions.chat;

import dev.rapport.handoff.PersonMessage;

/**
 * Response body of {@code POST /v1/handoffs/{id}/messages}: the message as stored (redacted) and
 * as the customer sees it; who wrote it stays in storage.
 */
record PersonMessageView(String messageId, String handoffId, String sessionId, String at, String text, String from) {

    static PersonMessageView of(PersonMessage message) {
        return new PersonMessageView(
                message.id(),
                message.handoffId(),
                message.sessionId(),
                message.at().toString(),
                message.text(),
                PersonMessage.FROM);
    }
}
