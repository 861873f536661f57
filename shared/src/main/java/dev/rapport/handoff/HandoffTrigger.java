package dev.rapport.handoff;

import dev.rapport.mood.Sentiment;
import java.util.List;
import java.util.Optional;

/**
 * Why this turn goes to a person, if it does.
 *
 * @param risk the topic when {@code reason} is {@link HandoffReason#RISK}, else null
 */
public record HandoffTrigger(HandoffReason reason, RiskTopic risk) {

    /** A message is frustrated for good when it is negative and so was one of the two before it. */
    public static final int FRUSTRATION_LOOKBACK = 2;

    /**
     * Risk first (it changes what the reply must say), then an explicit request, then frustration
     * that persists — one angry message is a bad moment, not a reason to leave the assistant.
     *
     * @param previous the moods of the customer's earlier messages in the session window, oldest first
     */
    public static Optional<HandoffTrigger> of(String message, boolean asked, Sentiment now, List<Sentiment> previous) {
        Optional<RiskTopic> risk = RiskTopic.in(message);
        if (risk.isPresent()) {
            return Optional.of(new HandoffTrigger(HandoffReason.RISK, risk.get()));
        }
        if (asked) {
            return Optional.of(new HandoffTrigger(HandoffReason.REQUESTED, null));
        }
        List<Sentiment> recent = previous.subList(Math.max(0, previous.size() - FRUSTRATION_LOOKBACK), previous.size());
        if (now == Sentiment.NEGATIVE && recent.contains(Sentiment.NEGATIVE)) {
            return Optional.of(new HandoffTrigger(HandoffReason.FRUSTRATION, null));
        }
        return Optional.empty();
    }

    /** An urgent photo question is a medical risk, already told to seek care by the photo answer. */
    public static HandoffTrigger urgentPhoto() {
        return new HandoffTrigger(HandoffReason.RISK, RiskTopic.MEDICAL);
    }
}
