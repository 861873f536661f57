package dev.rapport.agents;

import java.util.EnumMap;
import java.util.Map;

/** What the cues of one message add up to: a score per specialist and where each was first asked for. */
final class Tally {

    private final Map<Specialist, Integer> scores = new EnumMap<>(Specialist.class);
    private final Map<Specialist, Integer> firstAt = new EnumMap<>(Specialist.class);

    static Tally of(String lower) {
        Tally tally = new Tally();
        for (Cue cue : RoutingLexicon.CUES) {
            int at = cue.find(lower);
            if (at >= 0) {
                tally.add(cue.specialist(), cue.weight(), at);
            }
        }
        return tally;
    }

    void add(Specialist specialist, int weight, int at) {
        scores.merge(specialist, weight, Integer::sum);
        firstAt.merge(specialist, at, Math::min);
    }

    int score(Specialist specialist) {
        return scores.getOrDefault(specialist, 0);
    }

    /** Where the specialist's first cue starts; the end of any text for one never asked for. */
    int firstAt(Specialist specialist) {
        return firstAt.getOrDefault(specialist, Integer.MAX_VALUE);
    }

    boolean isEmpty() {
        return scores.isEmpty();
    }
}
