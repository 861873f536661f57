package dev.rapport.analytics;

import java.time.Instant;

/**
 * The latest feedback on one turn. A customer may change their mind; the figures follow the latest,
 * counted on the day the turn was first rated.
 *
 * @param stars 1–5, or null for a thumb
 * @param thumbsUp for a thumb, whether it was up; null for a rating
 */
public record Rating(String turnId, Integer stars, Boolean thumbsUp, Instant at) {

    /** What this feedback contributes to its day's counters. */
    public Tally tally() {
        if (stars != null) {
            return Tally.EMPTY
                    .with(Counter.RATINGS, 1)
                    .with(Counter.RATING_SUM, stars)
                    .with(Counter.SATISFIED, stars >= 4 ? 1 : 0);
        }
        return Tally.EMPTY.with(Counter.THUMBS, 1).with(Counter.SATISFIED, Boolean.TRUE.equals(thumbsUp) ? 1 : 0);
    }
}
