package dev.rapport.memory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether what a customer buys or uses "only" is a brand or a shop: "I only buy Apple products" and
 * "我只用小米的产品" say which maker they like, not a requirement a product can be checked against, as
 * "I only wear cotton" is. In English a brand is a capitalised name; in Chinese a name owning a kind
 * of product ("索尼的耳机") or used for a kind named first ("手机我只用三星的") — in both, a name that is
 * no material, food, colour or quality.
 */
final class Brands {

    private static final Pattern EN_NAME = Pattern.compile("^(?:at\\s+|from\\s+)?([A-Z][A-Za-z0-9&'-]*)");
    static final String ZH_KINDS = "产品|东西|手机|耳机|电脑|平板|鞋子?|运动鞋|球鞋|包包?|衣服|外套|裤子|首饰|护肤品|化妆品|牌子";
    private static final Pattern ZH_OWNED = Pattern.compile("^(.{1,6}?)的?(?:" + ZH_KINDS + ")$");
    private static final Pattern ZH_KIND_FIRST = Pattern.compile("^(?:" + ZH_KINDS + ")我");
    /** Words that say what a thing is like, not who makes it: 纯棉, 无糖, 有机, 黑色. */
    private static final Pattern ZH_QUALITY =
            Pattern.compile("^(?:纯|真|全|无|低|高|有机|新鲜|天然|进口|国产|便宜|贵|大码|小码|大号|小号|宽松|修身|手工|平底|运动)|色$");

    private Brands() {}

    /** The brand an object names ("Zara" of "at Zara", "小米" of "小米的产品"), if it names one. */
    static java.util.Optional<String> of(String object, String quote, boolean chinese) {
        String name = chinese ? chinese(object, quote) : english(object);
        return name == null || Subject.describes(name) ? java.util.Optional.empty() : java.util.Optional.of(name);
    }

    private static String english(String object) {
        Matcher name = EN_NAME.matcher(object);
        // "Halal only please" names a food rule, not a maker.
        return name.find() && !Topics.isFood(name.group(1)) ? name.group(1).replaceAll("'s$", "") : null;
    }

    private static String chinese(String object, String quote) {
        Matcher owned = ZH_OWNED.matcher(object);
        String name =
                owned.matches() ? owned.group(1) : ZH_KIND_FIRST.matcher(quote).find() ? object : null;
        return name == null || ZH_QUALITY.matcher(name).find() || Topics.isFood(name) && !owned.matches() ? null : name;
    }
}
