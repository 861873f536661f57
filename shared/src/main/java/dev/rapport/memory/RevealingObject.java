package dev.rapport.memory;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Objects whose avoidance tells a faith or a condition with no reason given: people who never eat
 * pork are mostly Muslim or Jewish, those who shun peanuts mostly allergic, those who want
 * sugar-free mostly watching their blood sugar. Such a stance is filed where the likely reason
 * belongs, so it is kept only with consent; a stated reason still wins ("no beer, gout" is health).
 *
 * <p>Only avoidances reveal: "I love seafood" says nothing about the body, "I avoid seafood" may.
 * A like or a requirement of the thing's absence ("sugar-free drinks", "只喝无糖的", "decaf") is an
 * avoidance in other words. Everyday senses that merely share a word are left out: wine red, 酒店, 甜美 style.
 */
enum RevealingObject {
    PORK(
            MemoryCategory.RELIGION,
            "\\bpork|\\bham\\b|bacon|\\blard\\b|\\bpigs?\\b|pig ?skin|\\bswine|prosciutto|salami|pepperoni|chorizo|"
                    + "gelatine?\\b|猪|大肉|火腿|培根|腊肠"),
    BEEF(MemoryCategory.RELIGION, "\\bbeef|\\bveal\\b|牛肉|牛排|牛腩|牛杂|肥牛|牛油"),
    /** Alcohol in what goes on the skin is the skin's business, not a faith's. */
    SKIN_ALCOHOL(
            MemoryCategory.HEALTH,
            "(?:alcohol|酒精).*(?:skin|toner|lotion|cream|cosmetic|make-?up|wipes|护肤|化妆|爽肤水|乳液|面霜)"
                    + "|(?:skin|toner|lotion|cream|cosmetic|make-?up|护肤|化妆|爽肤水|乳液|面霜).*(?:alcohol|酒精)"),
    ALCOHOL(
            MemoryCategory.RELIGION,
            "alcohol|\\bwines?\\b(?![- ]?(?:red|colou?r))|\\bbeers?\\b|liquor|\\bspirits\\b|booze|cocktails?|\\bsake\\b|"
                    + "whiske?y|vodka|\\brum\\b|\\bgin\\b|tequila|champagne|酒(?!店|红|窝)"),
    NUTS(
            MemoryCategory.ALLERGY,
            "\\b(?:tree ?)?nuts?\\b|peanut|almond|cashew|walnut|pecan|pistachio|hazelnut|macadamia|"
                    + "花生|坚果|核桃|腰果|杏仁|开心果|榛子|碧根果|夏威夷果|松子"),
    SHELLFISH(
            MemoryCategory.ALLERGY,
            "shellfish|seafood|shrimp|prawn|\\bcrabs?\\b|lobster|oyster|\\bclams?\\b|mussel|scallop|"
                    + "海鲜|虾|蟹|(?<!宝)贝(?!果|壳|雷|斯)|蛤|蚝|牡蛎"),
    EGGS(MemoryCategory.ALLERGY, "\\beggs?\\b|鸡蛋|鸭蛋|蛋类|蛋制品|蛋黄|蛋白(?!质)|^蛋$"),
    SOY(MemoryCategory.ALLERGY, "\\bsoy|\\btofu\\b|edamame|大豆|黄豆|豆制品|豆浆|豆腐|豆奶"),
    SESAME(MemoryCategory.ALLERGY, "sesame|tahini|芝麻|麻酱"),
    LATEX(MemoryCategory.ALLERGY, "\\blatex|乳胶"),
    NICKEL(MemoryCategory.ALLERGY, "nickel|镍"),
    GLUTEN(MemoryCategory.HEALTH, "gluten|(?<!buck)wheat|麸质|小麦|面筋"),
    LACTOSE(MemoryCategory.HEALTH, "lactose|dairy|\\bmilk\\b|乳糖|乳制品|(?<!奶)奶(?!奶)"),
    SUGAR(
            MemoryCategory.HEALTH,
            "sugar|\\bsweets\\b|\\bsweet (?:things|stuff|foods?|drinks?|treats|snacks)|sweetened|\\bcand(?:y|ies)\\b|desserts?|(?<!太)(?:糖(?!果色)|甜(?!美|酷|妹|心))"),
    SALT(MemoryCategory.HEALTH, "\\bsalt|sodium|盐|钠|(?<!太)咸"),
    CAFFEINE(MemoryCategory.HEALTH, "caffein|decaf|energy drinks?|咖啡因|低因|无因"),
    FRAGRANCE(MemoryCategory.HEALTH, "fragranc|perfume|\\b(?:un)?scent|香精|香料|香水|香氛|无香");

    /** Said before a thing, its absence: "sugar-free" and "low-sodium", "无糖" and "不含镍", not "低脂牛奶". */
    private static final String ABSENT_BEFORE =
            "(?:\\bno[- ]|\\bnon-|\\blow[- ]|\\bzero[- ]|\\breduced[- ]|\\bfree (?:of|from) |无|不含|不加|低|少|零|去|戒|控)";
    /** Said after a thing, its absence: "sugar-free", "sugarless", "fragrance free". */
    private static final String ABSENT_AFTER = "[a-z]*(?:[- ]?free\\b|less\\b)";
    /** Names of a thing's absence by themselves. */
    private static final Pattern ABSENCE =
            Pattern.compile("decaf|alcohol[- ]free|unscented|低因|无因|无香", Pattern.CASE_INSENSITIVE);

    /** Too sweet or too salty is a matter of taste: "我不喜欢太甜的饮料" tells nothing of blood sugar. */
    private static final Pattern TASTE =
            Pattern.compile("[太过]甜|[太过]咸|too (?:sweet|salty)|overly (?:sweet|salty)", Pattern.CASE_INSENSITIVE);

    private final MemoryCategory category;
    private final Pattern words;
    private final Pattern absent;

    RevealingObject(MemoryCategory category, String regex) {
        this.category = category;
        this.words = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        this.absent = Pattern.compile(
                ABSENT_BEFORE + "(?:" + regex + ")|(?:" + regex + ")" + ABSENT_AFTER, Pattern.CASE_INSENSITIVE);
    }

    /**
     * The sensitive category a stance reveals by its object alone, if it does: an avoidance, or a like
     * or requirement of the thing's absence. Requiring the thing itself ("I only drink beer") reveals
     * nothing.
     */
    static Optional<MemoryCategory> of(Candidate candidate) {
        String words = candidate.object() + '\n' + Candidate.objectOf(candidate.slot(), candidate.value());
        boolean taste = TASTE.matcher(candidate.quote() + '\n' + words).find();
        boolean avoids = candidate.polarity() == Polarity.AVOIDS
                || ABSENCE.matcher(words).find()
                || Arrays.stream(values()).anyMatch(r -> r.absent.matcher(words).find());
        if (!avoids) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(r -> !(taste && (r == SUGAR || r == SALT)))
                .filter(r -> r.words.matcher(words).find())
                .findFirst()
                .map(r -> r.category);
    }
}
