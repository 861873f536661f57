package dev.rapport.memory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the customer lives, at city level only. Anything that looks like a street address becomes
 * an address candidate, which the extractor refuses as personal data: the customer can give an
 * address for one delivery without it being remembered.
 */
final class Places {

    private static final Pattern EN_ADDRESS = Pattern.compile(
            "\\d|#|\\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|blvd|boulevard|apt|apartment|suite|unit|"
                    + "floor|building|flat|house|block)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_CITY = Pattern.compile("[A-Z][\\p{L}.'-]*(?: [A-Z][\\p{L}.'-]*){0,2}");
    private static final Pattern EN_END = Pattern.compile(
            "[,;:.!?()]|\\s(?:with|and|but|since|for|because|now|near|last|a while|recently|these days|so)\\b");
    private static final Pattern ZH_ADDRESS = Pattern.compile("\\d|[路街号弄巷栋室楼村]|小区|单元|大道|胡同|公寓|大厦");
    private static final Pattern ZH_END = Pattern.compile("[，,。.！!？?；;]|因为|但是|不过|所以|而且|可是");
    private static final Pattern ZH_VAGUE = Pattern.compile("^(?:附近|这|那|哪|家|公司|学校|宿舍|郊区|乡下)");

    private Places() {}

    static Optional<Candidate> english(String raw, String quote) {
        String place = Phrase.cut(raw, EN_END);
        if (EN_ADDRESS.matcher(place).find()) {
            return Optional.of(address(place, quote));
        }
        return EN_CITY.matcher(place).matches()
                ? Optional.of(city(place, "lives in " + place, quote))
                : Optional.empty();
    }

    static Optional<Candidate> chinese(String raw, String quote) {
        String whole = Phrase.cut(raw, ZH_END);
        if (ZH_ADDRESS.matcher(whole).find()) {
            return Optional.of(address(whole, quote));
        }
        Optional<Phrase> phrase = Phrase.chinese(whole);
        if (phrase.isEmpty()
                || phrase.get().text().length() > 8
                || ZH_VAGUE.matcher(phrase.get().text()).find()) {
            return Optional.empty();
        }
        String place = phrase.get().text();
        String city = place.length() > 2 && place.endsWith("市") ? place.substring(0, place.length() - 1) : place;
        return Optional.of(city(city, "住在" + city, quote));
    }

    static Candidate address(String place, String quote) {
        return new Candidate(
                MemoryCategory.LOCATION,
                MemoryCategory.ADDRESS_SLOT,
                place,
                "lives at " + place,
                FactRule.CONFIDENCE,
                quote);
    }

    private static Candidate city(String city, String statement, String quote) {
        return new Candidate(MemoryCategory.LOCATION, "location.city", city, statement, FactRule.CONFIDENCE, quote);
    }
}
