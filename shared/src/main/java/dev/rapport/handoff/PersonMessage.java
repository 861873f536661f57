package dev.rapport.handoff;

import java.time.Instant;

/**
 * What a support admin wrote to the customer in a handed-off conversation, already redacted. It is
 * kept beside the conversation's turns, expiring, exported and erased with them.
 *
 * @param id the message's id: derived from the admin's idempotency key when one was sent, so a retry
 *     finds the message it already wrote
 * @param sessionId the conversation's session; null until the message is stored
 * @param by the support admin's hashed subject, the way every stored identity is kept
 */
public record PersonMessage(String id, String handoffId, String sessionId, Instant at, String text, String by) {

    /** The author shown beside a person's message wherever the conversation is shown. */
    public static final String FROM = "person";
}
