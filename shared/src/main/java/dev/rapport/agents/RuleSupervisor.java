package dev.rapport.agents;

import static dev.rapport.agents.Specialist.ACCOUNT;
import static dev.rapport.agents.Specialist.ADVISOR;
import static dev.rapport.agents.Specialist.CARE;
import static dev.rapport.agents.Specialist.ORDERS;

import dev.rapport.mood.Emotion;
import dev.rapport.mood.MoodReader;
import dev.rapport.mood.Sentiment;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Routes a turn by rules one can read: a short reply stays with the specialist who asked; injected
 * instructions are not read; care leads when the customer is angry, hurt or asks for a person, with
 * orders helping when an order is concerned; otherwise the specialist whose cues weigh most leads,
 * and a second request joined by "and"/顺便 makes its specialist a helper. No model call, no I/O.
 */
public final class RuleSupervisor implements Supervisor {

    /** A score at which a specialist was asked for, not merely hinted at. */
    private static final int ASKED = 2;

    private static final Pattern SECOND_REQUEST =
            Pattern.compile("\\band\\b|\\balso\\b|\\bthen\\b|\\binstead\\b|顺便|另外|再|还有|同时|并且|然后");

    private final MoodReader moods = new MoodReader();
    private final TieBreaker tieBreaker;

    public RuleSupervisor(TieBreaker tieBreaker) {
        this.tieBreaker = tieBreaker;
    }

    @Override
    public Route route(RoutingInput input) {
        String lower = input.message() == null
                ? ""
                : input.message().toLowerCase(Locale.ROOT).strip();
        String request = InjectedText.without(lower);
        String injected = InjectedText.isPresent(lower) ? ", instructions in the text ignored" : "";
        Specialist previous = input.previous();
        Tally tally = Tally.of(request);
        if (previous != null && isFollowUp(request, previous, tally)) {
            return Route.to(previous, "follow-up of " + previous.wireName() + pending(input) + injected);
        }
        addMood(request, tally);
        if (tally.score(CARE) >= ASKED && tally.score(CARE) >= tally.score(ACCOUNT)) {
            return new Route(CARE, tally.score(ORDERS) > 0 ? List.of(ORDERS) : List.of(), "rules: care" + injected);
        }
        return byScore(request, tally, previous, injected);
    }

    /** A yes, no or thanks, or a reply opening with one whose rest asks no other specialist for anything. */
    private static boolean isFollowUp(String request, Specialist previous, Tally tally) {
        if (FollowUp.isWhole(request)) {
            return true;
        }
        return FollowUp.opensWithAnswer(request)
                && EnumSet.complementOf(EnumSet.of(previous)).stream().allMatch(s -> tally.score(s) < ASKED);
    }

    private void addMood(String request, Tally tally) {
        var mood = moods.read(request);
        if (mood.sentiment() != Sentiment.NEGATIVE) {
            return;
        }
        if (mood.emotion() == Emotion.ANGER) {
            tally.add(CARE, ASKED, 0);
        } else if (mood.emotion() == Emotion.FRUSTRATION || mood.emotion() == Emotion.DISAPPOINTMENT) {
            tally.add(CARE, 1, 0);
        }
    }

    private Route byScore(String request, Tally tally, Specialist previous, String injected) {
        List<Specialist> candidates = List.of(ORDERS, ACCOUNT, ADVISOR);
        int best = candidates.stream().mapToInt(tally::score).max().orElse(0);
        if (best == 0) {
            return nothingAsked(request, previous, injected);
        }
        Set<Specialist> tied = EnumSet.noneOf(Specialist.class);
        candidates.stream().filter(s -> tally.score(s) == best).forEach(tied::add);
        Specialist lead = tied.size() == 1
                ? tied.iterator().next()
                : tied.contains(previous)
                        ? previous
                        : tieBreaker
                                .pick(request, tied)
                                .orElseGet(() -> tied.stream()
                                        .min(Comparator.comparingInt(tally::firstAt))
                                        .orElseThrow());
        String why = "rules: " + lead.wireName() + (tied.size() > 1 ? " of a tie" : "") + injected;
        if (!SECOND_REQUEST.matcher(request).find()) {
            return Route.to(lead, why);
        }
        List<Specialist> helpers = candidates.stream()
                .filter(s -> s != lead && tally.score(s) >= ASKED)
                .toList();
        List<Specialist> order = Stream.concat(Stream.of(lead), helpers.stream())
                .sorted(Comparator.comparingInt(tally::firstAt))
                .toList();
        return new Route(
                order.get(0), order.subList(1, order.size()), why + (helpers.isEmpty() ? "" : ", two requests"));
    }

    /** No cue: the conversation goes on with whoever answered last, or the tie-breaker's or the advisor's guess. */
    private Route nothingAsked(String request, Specialist previous, String injected) {
        if (previous != null) {
            return Route.to(previous, "continues with " + previous.wireName() + injected);
        }
        return tieBreaker
                .pick(request, EnumSet.allOf(Specialist.class))
                .map(s -> Route.to(s, "similar to " + s.wireName() + " examples" + injected))
                .orElseGet(() -> Route.to(ADVISOR, "no cue: advisor" + injected));
    }

    private static String pending(RoutingInput input) {
        return input.pendingConfirmation() ? " awaiting confirmation" : "";
    }
}
