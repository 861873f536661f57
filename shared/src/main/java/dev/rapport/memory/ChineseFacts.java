package dev.rapport.memory;

import static dev.rapport.memory.FactRule.fixed;
import static dev.rapport.memory.FactRule.keyed;
import static dev.rapport.memory.FactRule.of;
import static dev.rapport.memory.FactRule.preference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * The Chinese shapes of a fact. The subject 我 must be followed directly by the verb (adverbs
 * aside), which is what keeps "我朋友喜欢猫" and "我老公不吃香菜" out.
 */
final class ChineseFacts {

    static final String ME = "^我(?:也|还|其实|自己|本人|这个人|一直|平时|平常|一般|通常|现在|最近|目前|特别|很|非常|超级|超|比较|"
            + "真的|本来就|都|就|已经|从小就|挺|蛮|上个月|去年|今年|刚刚|刚|以后|向来|更|最|绝对|从来|从|坚决|尽量|完全|根本|"
            + "基本上?|几乎|一向|总是|一律|向来|严格(?:地)?|长期|常年|多年来|这些年|这几年|一直都|是|"
            // What the stance is about, said before it: "我买东西比较看重性价比", "我穿衣服偏好修身款".
            + "买东西|买衣服|穿衣服|穿衣|挑衣服|吃饭|吃东西|购物)*";
    /** Other people a clause can be about after 我 ("我老婆", "我妈"): never the customer's own facts. */
    static final String OTHERS = "老婆|老公|妈|爸|朋友|闺蜜|女儿|儿子|孩子|小孩|家|同事|男朋友|女朋友|对象|媳妇|宝宝|哥|姐|弟|妹|爷|奶|" + "外公|外婆|室友|同学|领导|们";

    private static final String SIZE = "([XSMLxsml]{1,4}|[2-5][Xx][Ll]|\\d{2,3}|均码)";
    private static final Map<String, String> RELATIONS = Map.ofEntries(
            Map.entry("女儿", "daughter"),
            Map.entry("儿子", "son"),
            Map.entry("孩子", "child"),
            Map.entry("小孩", "child"),
            Map.entry("宝宝", "baby"),
            Map.entry("老公", "husband"),
            Map.entry("丈夫", "husband"),
            Map.entry("老婆", "wife"),
            Map.entry("妻子", "wife"),
            Map.entry("狗", "dog"),
            Map.entry("猫", "cat"),
            Map.entry("双胞胎", "twin"));

    static final List<FactRule> RULES = List.of(
            keyed(
                    ME + "(?:有|患有|得了|确诊了?)(糖尿病|高血压|哮喘|心脏病|痛风|湿疹|癫痫|乳糖不耐受?)",
                    true,
                    MemoryCategory.HEALTH,
                    "health",
                    "has",
                    "有",
                    ""),
            keyed(
                    ME + "(?:有点|有些)?(?:对)?(乳糖|麸质|小麦|果糖|酒精|大豆|[^，,]{1,6}?(?=不耐受))不耐受?",
                    true,
                    MemoryCategory.HEALTH,
                    "health",
                    "intolerant",
                    "",
                    "不耐受"),
            keyed(ME + "(怀孕了?)", true, MemoryCategory.HEALTH, "health", "is", "", ""),
            keyed(
                    ME
                            + "(?:有(?![点些])|一?(?:吃|喝|穿|用|碰|戴|接触)(?:了|到)?|(?!有|不|没|会|也|容易|皮肤|鼻子|身体|体质|季节|从小|小(?!麦)|小时候|一直|经常|常常|总|老是|有时|偶尔|轻微|严重|特别|很|"
                            + OTHERS + "))"
                            + "([^会就了，,不没对的]{1,6}?)(?:会|就)?过敏(?:症)?$",
                    true,
                    MemoryCategory.ALLERGY,
                    "allergy",
                    "allergic",
                    "对",
                    "过敏"),
            keyed(ME + "对(.{1,10}?)(?:都|也)?过敏", true, MemoryCategory.ALLERGY, "allergy", "allergic", "对", "过敏"),
            keyed(
                    ME + "(?:是|信)(?:一名|一个)?(穆斯林|基督徒|佛教徒|天主教徒|犹太教徒|佛教|基督教|伊斯兰教|天主教)",
                    true,
                    MemoryCategory.RELIGION,
                    "religion",
                    "is",
                    "信仰",
                    ""),
            fixed(
                    "^我不是(?:一个)?素食(?:者|主义者)?|" + ME + "(?:不再吃素|不吃素了|(?:开始|又|重新|也)*吃肉)",
                    MemoryCategory.DIET,
                    "diet",
                    "omnivore",
                    "吃肉"),
            fixed(
                    ME + "(?:(?:是|吃)(?:全素|纯素)|是(?:一个|一名)?纯素(?:食)?(?:者|主义者))",
                    MemoryCategory.DIET,
                    "diet",
                    "vegan",
                    "吃全素"),
            fixed(ME + "(?:是(?:一个|一名)?(?:素食者|素食主义者|吃素的)|吃素|不吃肉|不吃荤)", MemoryCategory.DIET, "diet", "vegetarian", "吃素"),
            preference(ME + "(?:不喝|不能喝)(.+)", true, MemoryCategory.DIET, "avoids", "不喝"),
            preference(ME + "(?:不吃|不能吃|忌口)(.+)", true, MemoryCategory.DIET, "avoids", "不吃"),
            preference(ME + "(?:不喜欢|不太喜欢|不怎么喜欢|不爱|讨厌|受不了|不喜爱)(.+)", true, MemoryCategory.DISLIKE, "dislikes", "不喜欢"),
            preference(
                    ME + "(?:喜欢上?|爱上?|喜爱|偏爱|钟爱|偏好|钟意|中意)(?!的.{0,4}是)(.+)",
                    true,
                    MemoryCategory.PREFERENCE,
                    "likes",
                    "喜欢"),
            of(
                    ME + "穿(?:的是)?" + SIZE + "(?:码|号)?的?(鞋)?",
                    (m, quote) -> Sizes.candidate(m.group(1), m.group(2) != null, true, quote)),
            of(ME + SIZE + "(?:码|号)的?(鞋)?", (m, quote) -> Sizes.candidate(m.group(1), m.group(2) != null, true, quote)),
            // "我鞋穿39码", "我鞋子一般穿39的": the shoe named first.
            of(
                    ME + "的?(?:鞋子?|球鞋|运动鞋)(?:一般|平时|通常|都|也|是)*(?:穿|买)?(\\d{2}(?:\\.5)?)(?:码|号|的)?$",
                    (m, quote) -> Sizes.candidate(m.group(1), true, true, quote)),
            of(
                    "^我的?(腰围|胸围|臀围)(?:是|大概|一般)*(\\d尺\\d|[一二两三][尺][一二三四五六七八九]|\\d{2,3}(?:cm|厘米|公分)?)",
                    (m, quote) -> Optional.of(new Candidate(
                            MemoryCategory.SIZE,
                            "size." + m.group(1),
                            m.group(2),
                            m.group(1) + m.group(2),
                            FactRule.CONFIDENCE,
                            quote))),
            // A number is a clothing size when the garment is named: "我一般穿36码的胸衣".
            of(
                    ME + "(?:穿|买)(\\d{2,3})(?:码|号)的?(?:" + Sizes.ZH_GARMENTS + ")",
                    (m, quote) -> Sizes.numbered(m.group(1), quote)),
            // A letter size bought is a size worn ("我一般买S码"); a bought number could be anyone's shoe.
            of(
                    ME + "(?:买|选|拿)([XSMLxsml]{1,4}|[2-5][Xx][Ll])(?:码|号)",
                    (m, quote) -> Sizes.candidate(m.group(1), false, true, quote)),
            of(
                    "^我的?(?:衣服)?(鞋码|鞋子尺码|鞋的尺码|尺码|码数)(?:是|为)?(?:穿)?" + SIZE,
                    (m, quote) -> Sizes.candidate(m.group(2), m.group(1).startsWith("鞋"), true, quote)),
            of(
                    // Digits are often set off by spaces in Chinese text ("3 月 12 日").
                    "^我的?生日(?:是|在)?\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号]",
                    (m, quote) -> Birthdays.chinese(m.group(1), m.group(2), quote)),
            of(ME + "(?:住在|定居在|生活在|搬到了?|搬去了?|搬家到了?|搬来了?)(.+)", (m, quote) -> Places.chinese(m.group(1), quote)),
            of(ME + "有(一|两|三|四|1|2|3|4)?(?:个|只|位|条)?(女儿|儿子|孩子|小孩|宝宝|老公|老婆|丈夫|妻子|狗|猫|双胞胎)", ChineseFacts::family));

    private ChineseFacts() {}

    private static Optional<Candidate> family(MatchResult m, String quote) {
        String count = m.group(1) == null ? "一" : m.group(1);
        int n = "两".equals(count) ? 2 : Birthdays.chineseNumber(count);
        return Optional.of(new Candidate(
                MemoryCategory.FAMILY,
                "family:" + RELATIONS.get(m.group(2)),
                String.valueOf(n),
                "有" + m.group().substring(m.group().indexOf('有') + 1),
                FactRule.CONFIDENCE,
                quote));
    }
}
