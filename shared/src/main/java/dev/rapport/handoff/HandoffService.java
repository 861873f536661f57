package dev.rapport.handoff;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The handoff queue as support admins see and work it; nobody else sees any of it. */
public final class HandoffService {

    static final int PAGE = 50;
    /** A note of what was done, not a second transcript. */
    public static final int MAX_RESOLUTION_CHARS = 500;

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

    private static void requireSupportAdmin(Caller caller) {
        if (!caller.isIn(Caller.SUPPORT_ADMINS)) {
            throw ProblemException.forbidden("Only support admins can see the handoff queue.");
        }
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("There is no handoff with this id.");
    }
}
