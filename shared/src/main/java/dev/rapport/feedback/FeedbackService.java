package dev.rapport.feedback;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/turns/{turnId}/feedback}: a customer rates an answer they were given. Another
 * customer's turn is "not found", never "forbidden", so turn ids reveal nothing.
 */
public final class FeedbackService {

    public static final int MAX_COMMENT = 1_000;
    private static final Set<String> THUMBS = Set.of("up", "down");
    private static final Pattern TURN_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final FeedbackStore store;
    private final PiiRedactor redactor;
    private final Clock clock;

    public FeedbackService(FeedbackStore store, PiiRedactor redactor, Clock clock) {
        this.store = store;
        this.redactor = redactor;
        this.clock = clock;
    }

    public Feedback give(Caller caller, String turnId, Integer rating, String thumbs, String comment) {
        if ((rating == null) == (thumbs == null)) {
            throw ProblemException.badRequest(
                    "invalid-feedback", "Give either a rating (1 to 5) or thumbs (up or down).");
        }
        if (rating != null && (rating < 1 || rating > 5)) {
            throw ProblemException.badRequest("invalid-feedback", "A rating is a whole number from 1 to 5.");
        }
        if (thumbs != null && !THUMBS.contains(thumbs)) {
            throw ProblemException.badRequest("invalid-feedback", "thumbs is 'up' or 'down'.");
        }
        if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
            throw ProblemException.payloadTooLarge("A comment is at most " + MAX_COMMENT + " characters.");
        }
        if (!TURN_ID.matcher(turnId).matches()) {
            // Ids are ours; anything else cannot name a turn, and must not reach the index as a key.
            throw ProblemException.notFound("No such turn was found.");
        }
        String owner = Owner.of(caller, null).customerHash();
        FeedbackStore.RatedTurn turn = store.findTurn(turnId)
                .filter(t -> t.customerHash().equals(owner))
                .orElseThrow(() -> ProblemException.notFound("No such turn was found."));
        String kept = comment == null || comment.isBlank() ? null : redactor.apply(comment.strip());
        Feedback feedback = new Feedback(turnId, rating, thumbs, kept, clock.instant());
        store.save(turn, feedback);
        return feedback;
    }
}
