package dev.rapport.memory;

import static dev.rapport.memory.FactRule.many;
import static dev.rapport.memory.FactRule.only;
import static dev.rapport.memory.FactRule.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English ways of stating a like, an avoidance or a requirement beyond the plain "I like" and
 * "I don't eat" of {@link EnglishFacts}: "I avoid", "I never wear", "I steer clear of", "I'm not a fan
 * of", "I'm gluten-free", "I only buy", "I follow a keto diet", "I go for".
 */
final class EnglishStances {

    private static final String ADV = "(?:(?:really|also|do|absolutely|still|actually|usually|normally|typically|"
            + "always|totally|now|personally|generally|mostly|definitely|truly|strongly|completely|entirely|"
            + "strictly|honestly|basically|pretty much|kind of|sort of|tend to|try to|try and|try my best to|"
            + "prefer to|rather|trying to|generally try to|am trying to|'m trying to|have to|need to|must)\\s+)*";
    private static final String I = "^i\\s+" + ADV;
    private static final String I_AM = "^i(?:'m|\\s+am|m)\\s+" + ADV;
    private static final Pattern FREE_OF = Pattern.compile("\\b([a-z]+)[- ]free\\b", Pattern.CASE_INSENSITIVE);

    static final List<FactRule> RULES = List.of(
            stance(
                    "^i(?:'m|\\s+am|m|'d|\\s+would)?\\s+" + ADV
                            + "(?:avoid(?:ing)?|steer(?:ing)? clear of|stay(?:ing)? away from|keep(?:ing)? away from|"
                            + "cut(?:ting)? out|cut(?:ting)? (?:down|back) on|shun(?:ning)?|abstain(?:ing)? from|off|stopped|quit|gave up|"
                            + "skip(?:ping)?|"
                            + "(?:'ve|have) given up|(?:'ve|have) stopped|(?:'ve|have) quit)\\s+"
                            + "(?:(?:eating|drinking|wearing|buying|using|having)\\s+)?(.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    I + "(?:don't|do not|dont|never|won't|will not|wont|refuse to)\\s+" + ADV
                            + "(?:wear|buy|use|touch|order|do|put on|go for|own|consume|take)\\s+(.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    I
                            + "(?:can't|cannot|can not|cant)\\s+" + ADV
                            + "(?:have|tolerate|handle|wear|use|take|do|consume|touch|stomach|digest)\\s+(.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    I_AM + "(?:not|no)\\s+" + ADV
                            + "(?:a\\s+)?(?:big\\s+|huge\\s+|great\\s+)?(?:fan of|into|keen on)\\s+(.+)",
                    false,
                    "dislikes",
                    "dislikes"),
            many(I_AM + "(?:strictly\\s+|fully\\s+|completely\\s+)?[a-z]+[- ]free\\b", EnglishStances::freeOf),
            stance(
                    I_AM
                            + "(?:a\\s+)?(?:big\\s+|huge\\s+|massive\\s+)?(?:lover of|obsessed with|crazy about|loyal to|devoted to|hooked on|"
                            + "partial to|keen on|drawn to|all about)\\s+(.+)",
                    false,
                    "likes",
                    "likes"),
            stance(
                    I + "(?:go for|opt for|gravitate (?:towards|toward|to)|lean (?:towards|toward)|stick (?:to|with)|"
                            + "swear by|favou?r)\\s+(.+)",
                    false,
                    "likes",
                    "likes"),
            stance(
                    "^my\\s+(?:absolute\\s+)?(?:favou?rite|fave|fav|go-to)\\s+(?:[a-z]+\\s+){0,2}(?:is|are)\\s+(.+)",
                    false,
                    "likes",
                    "likes"),
            only(
                    I
                            + "(?:only|exclusively)\\s+(?:ever\\s+)?(?:eat|drink|wear|buy|use|shop for|shop at|shop|order|get|"
                            + "choose|pick|take|have|cook with)\\s+(.+)",
                    false),
            only(I + "(?:eat|drink|wear|buy|use|shop)\\s+only\\s+(.+)", false),
            stance(
                    "^i(?:'m|\\s+am)?\\s+" + ADV
                            + "(?:follow(?:ing)?|keep(?:ing)?|on|stick(?:ing)? to|do(?:ing)?|eat(?:ing)?)\\s+(?:an?\\s+)?"
                            + "(?:strict\\s+|strictly\\s+)?((?:[a-z-]+\\s+){0,2}diet|kosher|halal|keto|paleo|low-carb)\\b",
                    false,
                    "requires",
                    "follows"),
            stance(
                    I + "can only\\s+(?:take|receive|get|accept|do|make|pay|talk|answer)\\s+(.+)",
                    false,
                    "requires",
                    "only"),
            stance(
                    I_AM + "(?:only\\s+)?(?:free|available|around|home|reachable)\\s+(?:only\\s+)?"
                            + "((?:after|before|on|in|at|during|between)\\s+.+)",
                    false,
                    "requires",
                    "available"),
            stance(I_AM + "(?:strictly\\s+)?(halal|kosher)\\b", false, "requires", "keeps"),
            stance(
                    I_AM
                            + "not\\s+(?:a\\s+|an\\s+)?(?:big\\s+|huge\\s+|great\\s+)?([a-z-]+(?:\\s[a-z-]+)?)\\s+(?:person|fan|drinker|eater)\\b",
                    false,
                    "dislikes",
                    "dislikes"),
            stance(
                    I_AM
                            + "(?:a|an)\\s+(?:(?:big|huge|massive|total|real)\\s+)?(?!people\\b)([a-z-]+(?:\\s[a-z-]+)?)\\s+"
                            + "(?:person|fan|lover|addict|drinker|eater)\\b",
                    false,
                    "likes",
                    "likes"),
            // A habit of choosing, said with how often: "I always choose organic".
            stance(
                    "^i\\s+(?:always|usually|normally|generally|mostly|tend to)\\s+(?:choose|pick|look for)\\s+(.+)",
                    false,
                    "likes",
                    "likes"),
            stance(I_AM + "on an?\\s+((?:tight\\s+|strict\\s+|limited\\s+)?budget)", false, "requires", "is on"),
            stance(
                    "^i(?:'m|\\s+am)?\\s+" + ADV
                            + "(?:try|trying|tend|prefer|choose|chose|decided|want)\\s+not\\s+to\\s+"
                            + "(?:eat|drink|wear|buy|use|have|consume|order)\\s+(.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    I + "(?:want|need|prefer|look for|buy|spend|shop)\\s+(?:[a-z]+\\s+){0,3}?"
                            + "((?:under|below|less than|no more than|not more than|up to|within)\\s+\\S*\\d\\S*"
                            + "(?:\\s+(?:dollars|bucks|usd|euros?|pounds|rmb|yuan))?)",
                    false,
                    "requires",
                    "budget"));

    private EnglishStances() {}

    /** "I'm gluten-free and dairy-free": an avoidance of each thing the customer is free of. */
    static List<Candidate> freeOf(java.util.regex.MatchResult match, String quote) {
        List<Candidate> candidates = new ArrayList<>();
        Matcher free = FREE_OF.matcher(quote);
        while (free.find()) {
            Phrase.english(free.group(1))
                    .ifPresent(p -> candidates.add(new Candidate(
                            Topics.categoryOf(p.text(), "avoids"),
                            "preference:" + p.key(),
                            "avoids",
                            "avoids " + p.text(),
                            FactRule.CONFIDENCE,
                            quote,
                            Polarity.AVOIDS,
                            p.text(),
                            null)));
        }
        return candidates;
    }
}
