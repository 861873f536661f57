package dev.rapport.handoff;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** The handoff queue as support admins see and work it; nobody else sees any of it. */
public final class HandoffService {

    static final int PAGE = 50;
    /** A note of what was done, not a second transcript. */
    public static final int MAX_RESOLUTION_CHARS = 500;

    /** A reply in a chat, as long as a customer's message may be. */
    public static final int MAX_MESSAGE_CHARS = 4000;

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final HandoffQueue queue;
    private final PiiRedactor redactor;
    private final Clock clock;

    public HandoffService(HandoffQueue queue) {
        this(queue, new PiiRedactor(), Clock.systemUTC());
    }

    public HandoffService(HandoffQueue queue, PiiRedactor redactor, Clock clock) {
        this.queue = Objects.requireNonNull(queue);
        this.redactor = Objects.requireNonNull(redactor);
        this.clock = Objects.requireNonNull(clock);
    }

    public List<Handoff> open(Caller caller) {
        return list(caller, HandoffStatus.OPEN);
    }

    public List<Handoff> list(Caller caller, HandoffStatus status) {
        requireSupportAdmin(caller);
        return queue.list(status, PAGE);
    }

    /**
     * Closes a handoff, noting who closed it and, redacted, what was done. A second close answers
     * with the record of the first and changes nothing, so a double click or a retry is harmless.
     */
    public Handoff close(Caller caller, String id, String resolution) {
        requireSupportAdmin(caller);
        String note = resolution == null || resolution.isBlank() ? null : resolution.strip();
        if (note != null && note.codePointCount(0, note.length()) > MAX_RESOLUTION_CHARS) {
            throw ProblemException.badRequest(
                    "resolution-too-long", "resolution must be at most " + MAX_RESOLUTION_CHARS + " characters.");
        }
        if (HandoffId.createdAt(id).isEmpty()) {
            throw notFound();
        }
        HandoffClosure closure = new HandoffClosure(
                clock.instant(), Owner.of(caller, null).customerHash(), note == null ? null : redactor.apply(note));
        return queue.close(id, closure).orElseThrow(HandoffService::notFound);
    }

    /**
     * A support admin's message to the customer of an open handoff, redacted like a customer's
     * message before it is stored. The same idempotency key from the same admin writes it once.
     *
     * @param idempotencyKey the client's key for this message, or null
     */
    public PersonMessage reply(Caller caller, String id, String text, String idempotencyKey) {
        requireSupportAdmin(caller);
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("invalid-message", "'message' must be a non-empty string.");
        }
        String message = text.strip();
        if (message.codePointCount(0, message.length()) > MAX_MESSAGE_CHARS) {
            throw ProblemException.payloadTooLarge("'message' is limited to " + MAX_MESSAGE_CHARS + " characters.");
        }
        if (CONTROL.matcher(message).find()) {
            throw ProblemException.badRequest(
                    "invalid-message", "'message' must not contain NUL or other control characters.");
        }
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw ProblemException.badRequest(
                    "invalid-idempotency-key", "'Idempotency-Key' must be 1-128 visible ASCII characters.");
        }
        if (HandoffId.createdAt(id).isEmpty()) {
            throw notFound();
        }
        String by = Owner.of(caller, null).customerHash();
        // Keyed per admin and handoff: two admins, or two handoffs, never share a message by reusing a key.
        String messageId = idempotencyKey == null
                ? UUID.randomUUID().toString()
                : HandoffId.hash(id + "#" + by + "#" + idempotencyKey);
        PersonMessage draft = new PersonMessage(messageId, id, null, clock.instant(), redactor.apply(message), by);
        try {
            return queue.post(id, draft).orElseThrow(HandoffService::notFound);
        } catch (HandoffClosedException e) {
            throw ProblemException.conflict(
                    "handoff-closed", "This handoff is closed: the assistant answers the customer again.");
        }
    }

    /** What the customer and the people said since the handoff, for the colleague answering it. */
    public List<HandoffLine> conversation(Caller caller, String id) {
        requireSupportAdmin(caller);
        if (HandoffId.createdAt(id).isEmpty()) {
            throw notFound();
        }
        return queue.since(id).orElseThrow(HandoffService::notFound);
    }

    private static void requireSupportAdmin(Caller caller) {
        if (!caller.isIn(Caller.SUPPORT_ADMINS)) {
            throw ProblemException.forbidden("Only support admins can see the handoff queue.");
        }
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("There is no handoff with this id.");
    }
}
