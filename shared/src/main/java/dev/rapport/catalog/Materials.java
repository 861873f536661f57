package dev.rapport.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Materials and ingredients as customers name them, in the catalog's words: "不穿羊毛", "I avoid wool"
 * and "merino" all mean the catalog's wool. Fabrics and metals are kinds of stuff: a requirement of one
 * ("only cotton") is judged only against products made of that kind of stuff, not a phone or a watch.
 */
final class Materials {

    record Entry(Pattern words, List<String> items) {}

    /** What an avoided word rules out, as the catalog names it. */
    static final List<Entry> AVOIDED = List.of(
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
            entry("animal products|vegan|纯素|全素|严格素食", "leather", "suede", "wool", "silk", "down", "fur"),
            entry("peanut|花生", "peanut", "peanuts"),
            entry("\\bnuts?\\b|tree nuts|坚果", "nuts", "almond", "walnut", "cashew", "hazelnut", "peanut"),
            entry("\\bsoy|soya|大豆|豆制品", "soy"),
            entry("gluten|wheat|麸质|小麦", "gluten", "wheat"),
            entry("dairy|lactose|\\bmilk|乳糖|乳制品|牛奶|奶制品", "milk", "dairy", "lactose"),
            entry("\\beggs?\\b|鸡蛋|蛋类", "egg", "eggs"),
            entry("pork|猪肉", "pork"),
            entry("alcohol|酒", "alcohol"));

    /** What a required word asks a product to be made of; the birthday card's "vegan" is read as avoidances. */
    static final List<Entry> REQUIRABLE = List.of(
            entry("cotton|棉", "cotton"),
            entry("linen|亚麻", "linen"),
            entry("\\bwool|merino|cashmere|羊毛|羊绒", "wool"),
            entry("\\bsilk|丝绸|真丝|蚕丝", "silk"),
            entry("leather|皮革|真皮|皮的", "leather", "suede"),
            entry("\\bdown\\b|羽绒", "down"),
            entry("denim|牛仔", "denim"),
            entry("polyester|涤纶", "polyester"),
            entry("nylon|尼龙", "nylon"),
            entry("silver|银饰|纯银|银的", "silver", "sterling silver"),
            entry("\\bgold\\b|黄金|金的|金饰", "gold"),
            entry("titanium|钛", "titanium"),
            entry("stainless steel|不锈钢", "stainless steel"));

    static final Pattern VEGAN = Pattern.compile("\\bvegan\\b|纯素|全素|严格素食", Pattern.CASE_INSENSITIVE);
    static final List<String> ANIMAL = List.of("leather", "suede", "wool", "silk", "down", "fur");

    static final Set<String> FABRICS = Set.of(
            "cotton",
            "linen",
            "wool",
            "silk",
            "leather",
            "suede",
            "down",
            "fur",
            "denim",
            "polyester",
            "nylon",
            "acrylic",
            "spandex",
            "fleece",
            "canvas");
    static final Set<String> METALS =
            Set.of("silver", "sterling silver", "gold", "titanium", "stainless steel", "aluminium", "platinum");

    /** The same material in both languages, so "不要皮革" keeps a leather upper out of a name or a spec. */
    private static final List<List<String>> SAME = List.of(
            List.of("leather", "皮革", "真皮", "皮"),
            List.of("wool", "merino", "羊毛", "羊绒"),
            List.of("down", "羽绒", "鸭绒", "鹅绒"),
            List.of("silk", "丝", "蚕丝"),
            List.of("cotton", "棉"),
            List.of("polyester", "涤纶"),
            List.of("nickel", "镍"),
            List.of("latex", "乳胶"),
            List.of("fur", "皮草", "毛皮"));

    private Materials() {}

    private static Entry entry(String regex, String... items) {
        return new Entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(items));
    }

    static List<String> items(List<Entry> lexicon, String term) {
        List<String> items = new ArrayList<>();
        for (Entry entry : lexicon) {
            if (entry.words().matcher(term).find()) {
                items.addAll(entry.items());
            }
        }
        return items;
    }

    /** The term and its other names; "皮革制品" and "leather goods" mean leather too. */
    static List<String> names(String term) {
        String t = term.toLowerCase(Locale.ROOT).strip();
        List<String> names = new ArrayList<>(List.of(t));
        for (List<String> same : SAME) {
            if (same.stream().anyMatch(name -> t.contains(name) && (name.length() > 1 || t.equals(name)))) {
                names.addAll(same.stream().filter(n -> n.length() > 1).toList());
            }
        }
        return names;
    }

    /** Whether a product's text names the word: from a word's start in Latin ("woollen"), anywhere in Chinese. */
    static boolean named(String text, String word) {
        if (word.chars().allMatch(c -> c < 128)) {
            return Pattern.compile("(?<![a-z])" + Pattern.quote(word))
                    .matcher(text)
                    .find();
        }
        return text.contains(word);
    }
}
