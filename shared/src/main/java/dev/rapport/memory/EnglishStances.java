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

    private static final String ADV =
            "(?:(?:really|also|do|just|literally|seriously|simply|absolutely|still|actually|usually|normally|typically|"
                    + "always|totally|now|personally|generally|mostly|definitely|truly|strongly|completely|entirely|"
                    + "strictly|honestly|basically|pretty much|kind of|sort of|tend to|try to|try and|try my best to|"
                    + "prefer to|rather|trying to|generally try to|am trying to|'m trying to|have to|need to|must)\\s+)*";
    private static final String I = "^i\\s+" + ADV;
    private static final String I_AM = "^i(?:'m|\\s+am|m)\\s+" + ADV;
    /** "a big guy", "a busy girl" say who the customer is, not what they like. */
    private static final String NOT_KINDS = "big|tall|short|small|little|old|young|busy|simple|regular|normal|nice|"
            + "lucky|practical|good|bad|new|single|married|working|real|family|people|city|country|morning|night";

    private static final String INTAKE =
            "(?:sugar|salt|sodium|carbs?|fat|calories|caffeine|cholesterol|alcohol|dairy|meat|red meat|spice|portions)\\b";
    private static final String LOW = "low[- ](?:carb|fat|sugar|sodium|salt|fodmap)";
    private static final Pattern FREE_OF = Pattern.compile("\\b([a-z]+)[- ]free\\b", Pattern.CASE_INSENSITIVE);

    static final List<FactRule> RULES = List.of(
            stance(
                    "^i(?:'m|\\s+am|m|'d|\\s+would|'ve|\\s+have)?\\s+" + ADV
                            + "(?:avoid(?:ing)?|stay(?:ed|ing)? off|kept off|steer(?:ing)? clear of|stay(?:ing)? away from|keep(?:ing)? away from|"
                            + "cut(?:ting)? out|cut(?:ting)? (?:down|back) on|shun(?:ning)?|abstain(?:ing)? from|off(?!\\s+(?:to|for|work|duty|now|out|home)\\b)|stopped|quit|gave up|"
                            + "skip(?:ping)?|(?:very\\s+|quite\\s+|so\\s+)?sensitive to(?!\\s+(?:price|prices|cost|costs)\\b)|"
                            // Watching or limiting is an avoidance for what one eats, not for "my budget" or "screen
                            // time".
                            + "(?:watch(?:ing)?(?:\\s+my)?|limit(?:ing)?(?:\\s+my)?|go(?:ing)? (?:easy|light) on)(?=\\s+"
                            + INTAKE + ")|"
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
                            + "(?:a\\s+)?(?:big\\s+|huge\\s+|great\\s+)?(?:fan of|into|keen on|big on|crazy about)\\s+(.+)",
                    false,
                    "dislikes",
                    "dislikes"),
            many(I_AM + "(?:strictly\\s+|fully\\s+|completely\\s+)?[a-z]+[- ]free\\b", EnglishStances::freeOf),
            stance(
                    I_AM
                            + "(?:a\\s+)?(?:big\\s+|huge\\s+|massive\\s+)?(?:lover of|obsessed with|crazy about|loyal to|devoted to|hooked on|"
                            + "partial to|keen on|drawn to|all about|sucker for|big on)\\s+(.+)",
                    false,
                    "likes",
                    "likes"),
            stance(
                    I + "(?:go for|opt for|gravitate (?:towards|toward|to)|lean (?:towards|toward)|stick (?:to|with)|"
                            + "swear by|favou?r|shop at|shop from|buy from)\\s+(.+)",
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
            only("^i\\s+(?:[a-z]+\\s+)?(?:strictly|exclusively)\\s+(?:eat|drink|wear|buy|use)\\s+(.+)", false),
            stance(
                    "^i(?:'m|\\s+am)?\\s+" + ADV
                            + "(?:follow(?:ing)?|keep(?:ing)?|on|stick(?:ing)? to|do(?:ing)?|eat(?:ing)?)\\s+(?:an?\\s+)?"
                            + "(?:strict\\s+|strictly\\s+)?((?:[a-z-]+\\s+){0,2}diet|kosher|halal|keto|paleo|" + LOW
                            + ")\\b",
                    false,
                    "requires",
                    "follows"),
            stance(
                    I + "can only\\s+(?:take|receive|get|accept)\\s+(?:deliveries|calls|parcels|packages|orders)\\s+"
                            + "((?:after|before|on|at|between|during)\\s+.+)",
                    false,
                    "requires",
                    "only"),
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
            stance(I_AM + "(?:strictly\\s+)?(halal|kosher|keto|paleo|" + LOW + ")\\b", false, "requires", "keeps"),
            stance(
                    I_AM
                            + "not\\s+(?:a\\s+|an\\s+)?(?:big\\s+|huge\\s+|great\\s+)?([a-z-]+(?:\\s[a-z-]+)?)\\s+(?:person|fan|drinker|eater)\\b",
                    false,
                    "dislikes",
                    "dislikes"),
            stance(
                    I_AM
                            + "(?:more of\\s+)?(?:a|an)\\s+(?:(?:big|huge|massive|total|real)\\s+)?(?!people\\b)([a-z-]+(?:\\s[a-z-]+)?)\\s+"
                            + "(?:person|fan|lover|addict|drinker|eater|guy|girl|gal)\\b(?<!(?:" + NOT_KINDS
                            + ")\\s(?:guy|girl|gal))",
                    false,
                    "likes",
                    "likes"),
            // A habit of choosing, said with how often: "I always choose organic".
            stance(
                    "^i\\s+(?:always|usually|normally|generally|mostly|mainly|tend to)\\s+(?:choose|pick|look for|wear|go with)\\s+(.+)",
                    false,
                    "likes",
                    "likes"),
            // "I need wide fit shoes", "I go for petite sizes": a fit is something a product is checked against.
            stance(
                    I
                            + "(?:need|wear|take|buy|go for|get)\\s+((?:extra[- ])?(?:wide|narrow|petite|tall|plus|slim|relaxed|"
                            + "regular|loose|long|short)[- ](?:fit|sizes?|width|leg|length)\\b.*)",
                    false,
                    "requires",
                    "needs"),
            // "i never check whatsapp": a channel the customer does not look at is one to avoid.
            stance(
                    I
                            + "(?:never|don't|do not|dont|rarely)\\s+(?:ever\\s+)?(?:check|read|answer|pick up)\\s+(?:my\\s+)?("
                            + SubjectlessStances.UNCHECKED + ")\\b",
                    false,
                    "avoids",
                    "avoids"),
            // The reaction first, then its cause: "I get hives from kiwi", "i get migraines from msg".
            stance(
                    "^i\\s+(?:always\\s+|usually\\s+)?get\\s+" + SubjectlessStances.SYMPTOM + "\\s+from\\s+(.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    "^my\\s+(?:religion|faith)\\s+(?:doesn't|does not|won't|will not)\\s+(?:allow|permit|let me (?:eat|have|drink))\\s+(.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    I_AM
                            + "(?:more\\s+)?comfortable\\s+(?:with|in|chatting in|speaking|talking in|writing in|reading)\\s+"
                            + "(english|chinese|mandarin|cantonese|spanish|french|german|japanese|korean)\\b",
                    false,
                    "likes",
                    "likes"),
            stance(I_AM + "on an?\\s+((?:tight\\s+|strict\\s+|limited\\s+)?budget)", false, "requires", "is on"),
            stance(
                    "^i(?:'m|\\s+am|'d|\\s+would)?\\s+" + ADV
                            + "(?:(?:try|trying|tend|prefer|choose|chose|decided|want)\\s+not\\s+to|'d rather not|would rather not|rather not)\\s+"
                            + "(?:eat|drink|wear|buy|use|have|consume|order|get)\\s+(.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    I + "(?:want|need|prefer|look for|buy|spend|shop|keep)\\s+(?:[a-z]+\\s+){0,3}?"
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
