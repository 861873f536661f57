package dev.rapport.memory;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Clothing and shoe sizes, normalized so "medium", "m" and "M码" are the same value. */
final class Sizes {

    private static final Map<String, String> WORDS =
            Map.of("extra small", "XS", "small", "S", "medium", "M", "large", "L", "extra large", "XL");
    private static final Pattern LETTERS = Pattern.compile("X{0,3}[SML]|[2-5]XL|均码");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}(?:\\.5)?");

    /** Garments whose numbered sizes say what they fit: 胸衣 75B aside, "36码的胸衣" is a size. */
    static final String ZH_GARMENTS = "胸衣|文胸|内衣|裤子|牛仔裤|西裤|裙子|衬衫|西装|外套";

    private Sizes() {}

    /** A numbered clothing size said with its garment ("我穿36码的胸衣"), never a shoe. */
    static Optional<Candidate> numbered(String number, String quote) {
        return Optional.of(new Candidate(
                MemoryCategory.SIZE, "size.clothing", number, "穿" + number + "码", FactRule.CONFIDENCE, quote));
    }

    /**
     * A candidate for the size in {@code raw}. A bare number without a garment is only a clothing
     * size in English where it reads like a dress size (0 to 30); "我穿42码" alone could be shoes or
     * trousers, so it is skipped.
     */
    static Optional<Candidate> candidate(String raw, boolean shoe, boolean chinese, String quote) {
        String value = WORDS.getOrDefault(raw.toLowerCase(Locale.ROOT), raw.toUpperCase(Locale.ROOT));
        boolean number = NUMBER.matcher(value).matches();
        if (shoe
                ? !number
                : !(LETTERS.matcher(value).matches() || number && !chinese && Double.parseDouble(value) <= 30)) {
            return Optional.empty();
        }
        String slot = shoe ? "size.shoe" : "size.clothing";
        String statement = chinese
                ? (shoe ? "鞋码" + value : "穿" + value + "码")
                : (shoe ? "wears shoe size " : "wears size ") + value;
        return Optional.of(new Candidate(MemoryCategory.SIZE, slot, value, statement, FactRule.CONFIDENCE, quote));
    }
}
