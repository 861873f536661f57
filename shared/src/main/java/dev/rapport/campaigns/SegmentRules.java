package dev.rapport.campaigns;

import dev.rapport.problem.ProblemException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a segment may say. Predicates work on non-sensitive attributes only, and tags naming a
 * sensitive category (health, religion, …) are refused outright rather than silently ignored.
 */
public final class SegmentRules {

    static final int MAX_VALUES = 20;
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Set<String> SENSITIVE = Set.of(
            "health",
            "medical",
            "medication",
            "pregnancy",
            "pregnant",
            "religion",
            "religious",
            "ethnicity",
            "race",
            "sexual-orientation",
            "lgbt",
            "political",
            "politics",
            "disability",
            "diagnosis",
            "mental-health",
            "union",
            "criminal");

    private SegmentRules() {}

    static Segment check(Segment segment) {
        values("regions", segment.regions());
        values("locales", segment.locales());
        values("tagsAny", segment.tagsAny());
        for (String tag : segment.tagsAny()) {
            if (isSensitive(tag)) {
                throw ProblemException.unprocessable(
                        "sensitive-segment", "Segments never use sensitive facts; the tag '" + tag + "' names one.");
            }
        }
        Integer days = segment.purchasedWithinDays();
        if (days != null && (days < 1 || days > 3650)) {
            throw ProblemException.badRequest("invalid-segment", "purchasedWithinDays is 1-3650.");
        }
        Integer month = segment.birthMonth();
        if (month != null && (month < 1 || month > 12)) {
            throw ProblemException.badRequest("invalid-segment", "birthMonth is 1-12.");
        }
        return segment;
    }

    /** Whether a tag names a sensitive category: such a tag never targets anyone, from any source. */
    public static boolean isSensitive(String tag) {
        return SENSITIVE.contains(tag.toLowerCase(java.util.Locale.ROOT));
    }

    private static void values(String field, List<String> values) {
        if (values.size() > MAX_VALUES
                || values.stream().anyMatch(v -> v == null || !VALUE.matcher(v).matches())) {
            throw ProblemException.badRequest(
                    "invalid-segment",
                    field + " holds at most " + MAX_VALUES + " values of 1-32 characters A-Z a-z 0-9 _ -.");
        }
    }
}
