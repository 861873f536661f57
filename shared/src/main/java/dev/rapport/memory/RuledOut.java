package dev.rapport.memory;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The materials and ingredients a customer's constraints rule out, in the catalog's words: "不穿羊毛",
 * "I avoid wool" and "我吃全素" each rule out wool, so a recommendation never offers a wool jumper. Only
 * avoidances (and a vegan diet) rule things out; a like rules out nothing.
 */
public final class RuledOut {

    private record Entry(Pattern words, List<String> items) {}

    private static final List<Entry> LEXICON = List.of(
            entry("\\bwool|merino|cashmere|羊毛|羊绒|毛料", "wool"),
            entry("leather|皮革|真皮|皮的|牛皮|皮具|皮鞋|皮包", "leather", "suede"),
            entry("suede|麂皮", "suede"),
            entry("\\bfur\\b|皮草|皮毛", "fur"),
            entry("\\bdown\\b|feathers?|羽绒|羽毛", "down"),
            entry("\\bsilk|丝绸|真丝|蚕丝", "silk"),
            entry("polyester|涤纶", "polyester"),
            entry("synthetic|man-made|化纤|人造纤维", "polyester", "nylon", "acrylic", "spandex"),
            entry("nylon|尼龙", "nylon"),
            entry("nickel|镍", "nickel", "stainless steel"),
            entry("latex|乳胶", "latex"),
            entry("rubber|橡胶", "rubber"),
            entry("plastic|塑料", "plastic"),
            entry("denim|牛仔", "denim"),
            entry("cotton|棉", "cotton"),
            entry("silicone|硅胶", "silicone"),
            entry("animal products|vegan|纯素|全素", "leather", "suede", "wool", "silk", "down", "fur"),
            entry("peanut|花生", "peanut", "peanuts"),
            entry("\\bnuts?\\b|tree nuts|坚果", "nuts", "almond", "walnut", "cashew", "hazelnut", "peanut"),
            entry("\\bsoy|soya|大豆|豆制品", "soy"),
            entry("gluten|wheat|麸质|小麦", "gluten", "wheat"),
            entry("dairy|lactose|\\bmilk|乳糖|乳制品|牛奶|奶制品", "milk", "dairy", "lactose"),
            entry("\\beggs?\\b|鸡蛋|蛋类", "egg", "eggs"),
            entry("pork|猪肉", "pork"),
            entry("alcohol|酒", "alcohol"));

    private RuledOut() {}

    private static Entry entry(String regex, String... items) {
        return new Entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(items));
    }

    /** What the memories rule out, lower case, as the catalog names materials and ingredients. */
    public static Set<String> by(List<Memory> memories) {
        Set<String> ruledOut = new TreeSet<>();
        for (Memory memory : memories) {
            if (!rulesOut(memory)) {
                continue;
            }
            String text = (memory.object() + ' ' + memory.value()).toLowerCase(Locale.ROOT);
            for (Entry entry : LEXICON) {
                if (entry.words().matcher(text).find()) {
                    ruledOut.addAll(entry.items());
                }
            }
        }
        return ruledOut;
    }

    private static boolean rulesOut(Memory memory) {
        return memory.isCurrent()
                && (memory.polarity() == Polarity.AVOIDS
                        || memory.value().toLowerCase(Locale.ROOT).equals("vegan"));
    }
}
