package dev.rapport.memory;

import static dev.rapport.memory.FactRule.stance;

import java.util.List;

/**
 * Chinese ways of stating a like, an avoidance or a requirement beyond the plain 喜欢 and 不吃 of
 * {@link ChineseFacts}: 不穿, 不用, 避开, 尽量不, 只穿, 只用, 坚持生酮饮食, 习惯用, 最喜欢的颜色是.
 */
final class ChineseStances {

    private static final String ME = ChineseFacts.ME;

    static final List<FactRule> RULES = List.of(
            stance(
                    ME + "(?:不碰|不用|不买|不穿|不戴|不要|不选|不沾|不抽|(?:不太|不怎么)(?:吃|喝|穿|用|买|戴)(?![得不])|"
                            + "(?:吃|喝|穿|用)不(?:惯|来)|避开|远离|避免|忌|戒了?|少吃|少喝|少用|吃不了|"
                            + "喝不了|碰不了|用不了|穿不了|不(?:太|怎么|大)?能(?:吃|喝|碰|用|穿|戴|接受)|不(?:太|怎么|大)?(?:吃|喝|穿|用)得(?:了|惯)|接受不了|在?控(?!制)|拒绝|不考虑)(.+)",
                    true,
                    "avoids",
                    "不要"),
            // "一点辣都不能吃", "海鲜也不碰": the object set before its negated verb, for emphasis.
            stance(
                    ME + "(?:一点|一口|一滴)?([^都也，,]{1,6}?)(?:都|也)(?:不能|不会|从不|从来不|不)" + "(?:吃|喝|碰|穿|用|戴)(?:了|啦|的)?$",
                    true,
                    "avoids",
                    "不要"),
            // A standing habit: "一直用苹果手机", "总是穿平底鞋", "每天都要喝一杯拿铁"; a size is no habit.
            stance(
                    ME + "(?:一直|总是|一向|向来|经常|常年|长期|一般|平时|通常|平常|每天都?要?|天天)都?(?:用|穿|喝|买|戴)"
                            + "(?![\\dXSMLxsml两二三四五六七八九十几半大小得的了过着完]|一[个件些下次点])"
                            // A habit goes on to what is done with it ("一般买东西都看评价"): no object then.
                            + "(?![^，,]*(?:都|就|看|等|再|先|会|想|一下))(.+)",
                    true,
                    "likes",
                    "喜欢"),
            stance(ME + "对(.{1,8}?)(?:不感冒|不感兴趣|没(?:什么)?兴趣)", true, "avoids", "不要"),
            stance(ME + "怕(辣|甜|酸|咸|油腻|腥|膻|苦|凉)", true, "avoids", "不要"),
            stance(
                    ME + "((?:周末|晚上|白天|工作日|上班时间|早上|中午|上午|下午)[^，,]{0,4}?)不方便(?:接电话|收货|收快递|联系|接听)?",
                    true,
                    "avoids",
                    "不方便"),
            // "一般周末才有空": a time of day or week the customer can be reached, said as a habit.
            stance(
                    "(?=^我[^，,]*(?:只|一般|通常|平时|才|都|总是|每))" + ME
                            + "(?:只有|只在|只|一般都?|通常|平时)?在?((?:周[一二三四五六日天末]|工作日|晚上|早上|上午|下午|中午|白天|夜里)"
                            + "[^，,]{0,6}?)(?:才|都|会)?(?:有空|有时间|方便|在家)(?:收货|收快递|取快递|接电话|签收)?了?$",
                    true,
                    "requires",
                    "只在"),
            FactRule.many(ME + "((?:每逢)?(?:周|星期)[一二三四五六日天末]|工作日|斋月)(?:都|也)?(?:不吃|不喝|不碰)(.+)", ChineseStances::onDays),
            stance(ME + "(?:习惯(?:用|穿|喝|吃|买)?|常用|偏向|倾向于?|迷上了?|热爱|最爱|钟情于?)(.+)", true, "likes", "喜欢"),
            stance(ME + "是(.{2,8}?)的?(?:忠实|铁杆|死忠)?(?:粉丝|粉|迷)$", true, "likes", "喜欢"),
            stance("^我(?:最|比较|特别)?(?:喜欢|爱)的(?:颜色|品牌|牌子|风格|款式|面料|材质|口味|水果|饮料)?是(.+)", true, "likes", "喜欢"),
            // "只能晚上收货", "只能周末收快递": when deliveries or calls can reach the customer.
            stance(
                    ME + "只(?:能|有)?在?((?:周[一二三四五六日天末]|工作日|晚上|早上|上午|下午|中午|白天|夜里|下班后)[^，,]{0,4}?)"
                            + "(?:才)?(?:能)?(?:收货|收快递|取快递|签收|在家|有空|有时间|方便|接电话)",
                    true,
                    "requires",
                    "只在"),
            // "吃饭口味偏清淡", "口味比较重": a taste the customer leans to.
            stance(ME + "的?口味(?:比较|偏向于?|偏|很|喜欢)+(清淡|重|咸|甜|辣|酸|淡|麻辣|香辣)", true, "likes", "口味"),
            FactRule.only(ME + "只(?:能|会)?(?:穿|用|买|吃|喝|戴|选|要|收|认|在)(.+)", true),
            stance(
                    ME + "(?:在|正在)?(?:坚持|保持|遵循|执行|做|吃)?((?:生酮|低碳|低脂|低盐|低糖|无糖|无麸质|清真|地中海|轻食)(?:饮食)?)",
                    true,
                    "requires",
                    "坚持"),
            stance("^我的?预算(?:是|在|大概|一般)?(.+)", true, "requires", "预算"));

    private ChineseStances() {}

    /** "周五不吃肉": an avoidance on certain days, in a slot of its own beside an everyday one. */
    private static List<Candidate> onDays(java.util.regex.MatchResult m, String quote) {
        return Phrase.list(m.group(2), true).stream()
                .map(p -> new Candidate(
                        Topics.categoryOf(p.text(), "avoids"),
                        "preference:" + p.key() + "@" + m.group(1),
                        "avoids",
                        m.group(1) + "不吃" + p.text(),
                        FactRule.CONFIDENCE,
                        quote,
                        Polarity.AVOIDS,
                        p.text(),
                        null))
                .toList();
    }
}
