package dev.rapport.tools;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a question is about live data (an order, a product's figures, price or stock), which the
 * tools answer from the store as it is now. A canned FAQ answer must not stand in for those: it
 * cannot know the customer's order or region, and it goes stale when the catalog changes.
 */
public final class LiveDataQuestion {

    /** An order number in the customer's words: group 1 or 2 is the id. */
    public static final Pattern ORDER =
            Pattern.compile("(?i)(?:order|订单|单号)\\s*(?:no\\.?|number|#|号|编号)?\\s*#?\\s*(\\d{3,12})|#(\\d{3,12})");

    private static final Pattern PRODUCT_CUE = Pattern.compile(
            "(?i)\\b(battery|last|price|cost|how much|colou?rs?|sizes?|in stock|do you (?:have|sell)|available)\\b"
                    + "|续航|电池|多少钱|价格|价钱|颜色|尺码|码数|有没有|有货|库存|卖");

    /** Product words to catalog categories, in priority order. */
    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("耳机", "headphones");
        CATEGORIES.put("headphone", "headphones");
        CATEGORIES.put("earbud", "headphones");
        CATEGORIES.put("充电器", "charger");
        CATEGORIES.put("充电头", "charger");
        CATEGORIES.put("charger", "charger");
        CATEGORIES.put("手机", "phone");
        CATEGORIES.put("phone", "phone");
        CATEGORIES.put("手表", "watch");
        CATEGORIES.put("watch", "watch");
        CATEGORIES.put("夹克", "jacket");
        CATEGORIES.put("外套", "jacket");
        CATEGORIES.put("羽绒服", "jacket");
        CATEGORIES.put("jacket", "jacket");
        CATEGORIES.put("coat", "jacket");
        CATEGORIES.put("鞋", "shoes");
        CATEGORIES.put("shoe", "shoes");
        CATEGORIES.put("sneaker", "shoes");
        CATEGORIES.put("背包", "bag");
        CATEGORIES.put("手提包", "bag");
        CATEGORIES.put("bag", "bag");
        CATEGORIES.put("backpack", "bag");
    }

    private LiveDataQuestion() {}

    public static boolean asks(String question) {
        return ORDER.matcher(question).find() || (category(question) != null && hasProductCue(question));
    }

    /** The catalog category the question names, or null. */
    public static String category(String question) {
        return first(CATEGORIES, question);
    }

    public static boolean hasProductCue(String question) {
        return PRODUCT_CUE.matcher(question).find();
    }

    /** The value of the first key of {@code words} the text mentions (keys are in priority order). */
    public static String first(Map<String, String> words, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> entry : words.entrySet()) {
            if (lower.contains(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }
}
