package dev.rapport.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks of the graph, read from its words in Chinese or English: which relation, and
 * what the answer must be without. Troubleshooting is tried first (its words overlap the others'),
 * then accessories, alternatives, materials, policies, compatibility.
 */
public final class GraphQuestion {

    public static final String TROUBLESHOOT = "troubleshoot";
    public static final String ACCESSORIES = "accessories";
    public static final String ALTERNATIVES = "alternatives";
    public static final String MATERIALS = "materials";
    public static final String POLICIES = "policies";
    public static final String COMPATIBLE = "compatible";

    private static final Map<String, Pattern> RELATIONS = new LinkedHashMap<>();

    static {
        RELATIONS.put(
                TROUBLESHOOT,
                Pattern.compile("(?i)怎么办|不亮|连不上|充不进|充不上|充电(?:很|太)?慢|卡住|不同步|只有一边|没声音|坏了|故障|"
                        + "\\b(?:won'?t|doesn'?t|does not|not (?:working|syncing|charging|connecting)|stuck|slowly"
                        + "|broken|stopped)\\b"));
        RELATIONS.put(ACCESSORIES, Pattern.compile("(?i)配件|配什么线|搭配|\\baccessor(?:y|ies)\\b|\\bgoes? with\\b"));
        RELATIONS.put(ALTERNATIVES, Pattern.compile("(?i)替代|代替|替换|换一款|\\b(?:alternatives?|instead of|replace)\\b"));
        RELATIONS.put(MATERIALS, Pattern.compile("(?i)材质|材料|面料|做的|\\b(?:made (?:of|from)|materials?|fabric)\\b"));
        RELATIONS.put(
                POLICIES,
                Pattern.compile("(?i)政策|保修|保障|退货|售后|\\b(?:warranty|polic(?:y|ies)|covered|cover|guarantee)\\b"));
        RELATIONS.put(
                COMPATIBLE,
                Pattern.compile("(?i)能用|兼容|配什么|适配|能连|可以用|用哪个|哪个充电器|"
                        + "\\b(?:works? with|compatible|fits?|pairs? with|which charger|charger (?:should|for))\\b"));
    }

    /** "Without leather", "不含动物材料": group 1 or 2 names what to leave out. */
    private static final Pattern WITHOUT =
            Pattern.compile("(?i)(?:不含|不要|不用|没有|无|非)(动物|皮革|真皮|羽绒|羊毛)|\\b(?:without|no|free of|not made of)\\s+"
                    + "(animal|leather|down|wool|goose down|duck down)");

    private static final Pattern ANIMAL_FREE = Pattern.compile(
            "(?i)\\b(?:vegan|animal[- ]free|no animal|avoids? animal|cruelty[- ]free)\\b|素食|纯素|不用动物|不穿皮|不要动物|动物制品");

    private GraphQuestion() {}

    /** The relation the words ask about, if any. */
    public static Optional<String> relation(String question) {
        return RELATIONS.entrySet().stream()
                .filter(e -> e.getValue().matcher(question).find())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** What the answer must leave out, as the customer said it ("animal" for any animal product), or null. */
    public static String without(String question) {
        Matcher m = WITHOUT.matcher(question);
        if (!m.find()) {
            return null;
        }
        String named = m.group(1) != null ? m.group(1) : m.group(2);
        return named.equals("动物") || named.equalsIgnoreCase("animal") ? ANIMAL : named;
    }

    /** Whether a remembered statement says the customer avoids animal products. */
    public static boolean avoidsAnimalProducts(String statement) {
        return ANIMAL_FREE.matcher(statement).find();
    }

    public static final String ANIMAL = "animal";
}
