package dev.rapport.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Who a campaign is for: every predicate given must hold (empty lists and nulls match everyone).
 * Tags are preference tags such as {@code tea} or {@code running}; sensitive ones are refused when
 * the segment is built ({@link SegmentRules}).
 *
 * @param locales language tags; {@code zh} matches {@code zh-CN}
 * @param purchasedWithinDays the last purchase lies within this many days
 * @param birthMonth 1-12
 */
public record Segment(
        List<String> regions,
        List<String> locales,
        List<String> tagsAny,
        Integer purchasedWithinDays,
        Integer birthMonth) {

    public static final Segment EVERYONE = new Segment(List.of(), List.of(), List.of(), null, null);

    public Segment {
        regions = regions == null ? List.of() : List.copyOf(regions);
        locales = locales == null ? List.of() : List.copyOf(locales);
        tagsAny = tagsAny == null ? List.of() : List.copyOf(tagsAny);
    }

    public boolean matches(Audience who, Instant now) {
        if (!regions.isEmpty() && (who.region() == null || !regions.contains(who.region()))) {
            return false;
        }
        if (!locales.isEmpty()
                && (who.locale() == null || locales.stream().noneMatch(l -> language(who.locale(), l)))) {
            return false;
        }
        if (!tagsAny.isEmpty() && who.tags().stream().noneMatch(tagsAny::contains)) {
            return false;
        }
        if (purchasedWithinDays != null
                && (who.lastPurchaseAt() == null
                        || who.lastPurchaseAt().isBefore(now.minus(Duration.ofDays(purchasedWithinDays))))) {
            return false;
        }
        return birthMonth == null || birthMonth.equals(who.birthMonth());
    }

    /** The birthday greeting's segment for the month {@code now} falls in (UTC). */
    public static Segment bornIn(Instant now) {
        return new Segment(null, null, null, null, now.atOffset(ZoneOffset.UTC).getMonthValue());
    }

    private static boolean language(String locale, String wanted) {
        String have = locale.toLowerCase(Locale.ROOT);
        String want = wanted.toLowerCase(Locale.ROOT);
        return have.equals(want) || have.startsWith(want + "-");
    }
}
