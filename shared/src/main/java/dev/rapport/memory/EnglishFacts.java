package dev.rapport.memory;

import static dev.rapport.memory.FactRule.fixed;
import static dev.rapport.memory.FactRule.keyed;
import static dev.rapport.memory.FactRule.of;
import static dev.rapport.memory.FactRule.preference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The English shapes of a fact, most specific first ("I don't eat meat" before "I don't eat …"). */
final class EnglishFacts {

    private static final String ADV =
            "(?:(?:really|also|do|just|absolutely|still|actually|usually|normally|typically|always|totally|now|only|personally|generally|mostly|definitely|truly|even|kind"
                    + " of|sort of|strongly|completely|entirely|strictly|honestly|genuinely|basically|pretty much|tend"
                    + " to|much|very much)\\s+)*";
    private static final String I = "^i\\s+" + ADV;
    private static final String I_AM = "^i(?:'m|\\s+am)\\s+" + ADV;
    private static final String DIETS = "(vegetarian|vegan|pescatarian)";
    private static final String CONDITIONS = "(diabetes|asthma|high blood pressure|hypertension|celiac disease|"
            + "coeliac disease|lactose intolerance|heart disease|gout|epilepsy|eczema)";
    private static final String FAMILY = "(a|an|one|two|three|four|\\d)\\s+(daughters?|sons?|kids?|children|child|"
            + "bab(?:y|ies)|twins|wife|husband|partner|dogs?|cats?)\\b";

    static final List<FactRule> RULES = List.of(
            keyed(
                    I + "(?:have|suffer from|was diagnosed with|live with)\\s+" + CONDITIONS + "\\b",
                    false,
                    MemoryCategory.HEALTH,
                    "health",
                    "has",
                    "has ",
                    ""),
            keyed(
                    I_AM + "(lactose|gluten|fructose|histamine|wheat|dairy|soy)[\\s-]+intoleran(?:t|ce)\\b",
                    false,
                    MemoryCategory.HEALTH,
                    "health",
                    "intolerant",
                    "is ",
                    " intolerant"),
            keyed(
                    I_AM + "intolerant (?:to|of)\\s+(.+)",
                    false,
                    MemoryCategory.HEALTH,
                    "health",
                    "intolerant",
                    "is ",
                    " intolerant"),
            of(
                    I_AM + "(?:an?\\s+)?(celiac|coeliac)\\b",
                    (m, quote) -> Optional.of(new Candidate(
                            MemoryCategory.HEALTH,
                            "health:celiac",
                            "intolerant",
                            "is celiac, avoids gluten",
                            FactRule.CONFIDENCE,
                            quote,
                            Polarity.AVOIDS,
                            "gluten",
                            null))),
            keyed(
                    I_AM + "(diabetic|pregnant|lactose intolerant|gluten intolerant)\\b",
                    false,
                    MemoryCategory.HEALTH,
                    "health",
                    "is",
                    "is ",
                    ""),
            allergy(I_AM + "(?:(?:very|severely|quite|a bit|a little|highly|deathly)\\s+)?allergic to\\s+(.+)"),
            allergy(
                    I
                            + "have an?\\s+(?:(?:severe|mild|bad|serious|slight|strong|life-threatening)\\s+)?(\\w+(?:\\s\\w+)?)\\s+allergy\\b"),
            keyed(
                    I_AM + "(?:an?\\s+)?(muslim|christian|buddhist|catholic|jewish|hindu|sikh)\\b",
                    false,
                    MemoryCategory.RELIGION,
                    "religion",
                    "is",
                    "is ",
                    ""),
            fixed(
                    I_AM + "(?:not|no longer)\\s+(?:a\\s+)?(?:vegetarian|vegan|pescatarian)",
                    MemoryCategory.DIET,
                    "diet",
                    "omnivore",
                    "eats meat"),
            fixed(
                    I + "(?:(?:eat|started eating)\\s+meat|'ve started eating meat|have started eating meat)\\b",
                    MemoryCategory.DIET,
                    "diet",
                    "omnivore",
                    "eats meat"),
            fixed(
                    I + "(?:don't|do not|never)\\s+eat\\s+(?:any\\s+)?meat\\b",
                    MemoryCategory.DIET,
                    "diet",
                    "vegetarian",
                    "is vegetarian"),
            of(I_AM + "(?:(?:a|now|strictly|strict|fully)\\s+)*" + DIETS + "s?\\b", EnglishFacts::diet),
            of(
                    "^i(?:'ve|\\s+have)?\\s+" + ADV + "(?:gone|become|turned|went)\\s+(?:fully\\s+|a\\s+|totally\\s+)?"
                            + DIETS,
                    EnglishFacts::diet),
            of(
                    I_AM + "(?:a\\s+)?(?:size\\s+)?(?:(?:us|uk|eu)\\s+)?(?:size\\s+)?(\\d{1,2}(?:\\.5)?)\\s+(?:in\\s+)?"
                            + "(?:(?:us|uk|eu)\\s+)?(?:shoes|sneakers|boots|trainers)",
                    (m, quote) -> Sizes.candidate(m.group(1), true, false, quote)),
            of(
                    "^i(?:'ve|\\s+have)\\s+" + ADV + "been\\s+(?:wearing|buying)\\s+(?:a\\s+)?size\\s+([a-z0-9.]+)"
                            + "(?:\\s+(shoes?|sneakers|boots|trainers|heels|sandals))?",
                    (m, quote) -> Sizes.candidate(m.group(1), m.group(2) != null, false, quote)),
            of(I + "(?:eat|follow|keep)\\s+(?:an?\\s+)?(?:strictly\\s+)?" + DIETS + "\\b", EnglishFacts::diet),
            preference(
                    I + "(?:don't|do not|never|can't|cannot)\\s+(?:eat|drink)\\s+(.+)",
                    false,
                    MemoryCategory.DIET,
                    "avoids",
                    "does not eat"),
            preference(
                    I
                            + "(?:don't|do not|never)\\s+(?:really\\s+|particularly\\s+)?(?:like|love|enjoy|care"
                            + " for)\\s+(.+)",
                    false,
                    MemoryCategory.DISLIKE,
                    "dislikes",
                    "dislikes"),
            preference(
                    // "I hate to bother you", "I hate when it rains": no object to avoid.
                    I + "(?:hate|dislike|can't stand|cannot stand|detest)\\s+(?!(?:to|when|that|it when|it if)\\b)(.+)",
                    false,
                    MemoryCategory.DISLIKE,
                    "dislikes",
                    "dislikes"),
            preference(
                    I + "(?:like|love|prefer|enjoy|adore)\\s+(.+)", false, MemoryCategory.PREFERENCE, "likes", "likes"),
            preference(
                    "^i(?:'ve|\\s+have)\\s+(?:started|begun|come|grown)\\s+to\\s+(?:like|love|enjoy)\\s+(.+)",
                    false,
                    MemoryCategory.PREFERENCE,
                    "likes",
                    "likes"),
            preference(
                    I_AM + "(?:a\\s+(?:big\\s+|huge\\s+)?fan of|into)\\s+(.+)",
                    false,
                    MemoryCategory.PREFERENCE,
                    "likes",
                    "likes"),
            of(
                    I
                            + "(?:wear|buy|get|take|order)\\s+(?:a\\s+)?size\\s+([a-z0-9.]+)(?:\\s+(shoes?|sneakers|boots|trainers|heels|sandals))?",
                    (m, quote) -> Sizes.candidate(m.group(1), m.group(2) != null, false, quote)),
            of(
                    I
                            + "(?:wear|buy|get|take|order)\\s+(?:an?\\s+)?(extra small|extra large|small|medium|large|x{0,3}[sml]|[2-5]xl)\\b",
                    (m, quote) -> Sizes.candidate(m.group(1), false, false, quote)),
            of(
                    I + "wear\\s+(\\d{2}(?:\\.5)?)\\s+(?:in\\s+)?(?:shoes|sneakers|boots)",
                    (m, quote) -> Sizes.candidate(m.group(1), true, false, quote)),
            of(
                    "^my\\s+(shoe\\s+|clothing\\s+|dress\\s+|shirt\\s+|pants\\s+|jeans\\s+)?size\\s+is\\s+(?:an?\\s+)?(?:size\\s+)?(extra"
                            + " small|extra large|small|medium|large|[a-z0-9.]+)",
                    (m, quote) -> Sizes.candidate(
                            m.group(2), m.group(1) != null && m.group(1).startsWith("shoe"), false, quote)),
            of(I_AM + "(?:a\\s+)?size\\s+([a-z0-9.]+)", (m, quote) -> Sizes.candidate(m.group(1), false, false, quote)),
            of(
                    "^my\\s+birthday\\s+is\\s+(?:on\\s+)?(?:the\\s+)?(.+)",
                    (m, quote) -> Birthdays.english(m.group(1), quote)),
            of(
                    I + "(?:live|reside)\\s+(?:at|on)\\s+(.+)",
                    (m, quote) -> Optional.of(Places.address(m.group(1), quote))),
            of(
                    "^i(?:'m|\\s+am)?\\s+" + ADV + "(?:live|reside|based|living|staying)\\s+in\\s+(.+)",
                    (m, quote) -> Places.english(m.group(1), quote)),
            of(
                    "^i(?:'ve|\\s+have)?\\s+" + ADV + "(?:just\\s+|recently\\s+)?(?:moved|relocated)\\s+to\\s+(.+)",
                    (m, quote) -> Places.english(m.group(1), quote)),
            of(I + "have\\s+" + FAMILY, EnglishFacts::family));

    private EnglishFacts() {}

    /** An allergy to each item in group 1, in the slot {@code allergy:<item>}. */
    static FactRule allergy(String regex) {
        return keyed(regex, false, MemoryCategory.ALLERGY, "allergy", "allergic", "is allergic to ", "");
    }

    static Optional<Candidate> diet(java.util.regex.MatchResult m, String quote) {
        String diet = m.group(1).toLowerCase(Locale.ROOT);
        return Optional.of(new Candidate(MemoryCategory.DIET, "diet", diet, "is " + diet, FactRule.CONFIDENCE, quote));
    }

    private static Optional<Candidate> family(java.util.regex.MatchResult m, String quote) {
        String count = m.group(1).toLowerCase(Locale.ROOT);
        String relation = m.group(2).toLowerCase(Locale.ROOT);
        String single = relation.replaceAll("(?:ren|s)$", "").replace("babie", "baby");
        String value = switch (count) {
            case "a", "an", "one" -> "1";
            case "two" -> "2";
            case "three" -> "3";
            case "four" -> "4";
            default -> count;
        };
        return Optional.of(new Candidate(
                MemoryCategory.FAMILY,
                "family:" + single,
                value,
                "has " + count + " " + relation,
                FactRule.CONFIDENCE,
                quote));
    }
}
