package dev.rapport.memory;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of help a message asks for, as far as memory is concerned: which categories are worth
 * recalling even when the message shares no word with them ("推荐一件外套" needs the size).
 */
enum Intent {
    RECOMMENDATION(
            "recommend|suggest|what should i|which .*(?:should|would suit)|suit me|for me\\b|show me|got any|"
                    + "have you got|do you (?:have|sell|stock)|looking for|i need an?\\b|i want an?\\b|ideas|would you pick|"
                    + "what (?:\\w+ ){1,3}should i|should i (?:get|buy|order|pick|choose|try|go for|use|bring)|any good|"
                    + "what'?s good|where (?:can|should) i (?:buy|get|shop)|help me (?:choose|pick|find)|"
                    + "推荐|建议|买什么|吃什么|穿什么|送什么|适合我|给我选|有什么|有没有|看看|有啥|来点|想买|挑|哪个好|哪款|哪家|"
                    + "怎么选|选哪|买哪|该买|好吃|好用|值得|帮我选|配什么|怎么配|买多大",
            EnumSet.of(
                    MemoryCategory.DIET,
                    MemoryCategory.ALLERGY,
                    MemoryCategory.SIZE,
                    MemoryCategory.PREFERENCE,
                    MemoryCategory.DISLIKE,
                    MemoryCategory.RELIGION,
                    MemoryCategory.HEALTH)),
    FOOD(
            "\\b(?:eat|food|dish|meal|snack|drink|restaurant|recipe|dinner|lunch|breakfast|tea|coffee|menu)|"
                    + "吃|喝|菜|餐|饭|零食|饮料|茶|咖啡|食",
            EnumSet.of(
                    MemoryCategory.DIET,
                    MemoryCategory.ALLERGY,
                    MemoryCategory.PREFERENCE,
                    MemoryCategory.DISLIKE,
                    MemoryCategory.HEALTH,
                    MemoryCategory.RELIGION)),
    CLOTHING(
            "\\b(?:wear|shirt|hoodie|jacket|coat|dress|pants|jeans|shoes|sneakers|sandals|boots|size|fit|"
                    + "colou?rs?|outfit|style|blazer|sweater|jumper|t-shirt|skirt)|衣|衫|裤|裙|鞋|外套|码|尺|穿|颜色|款式|风格|多大|"
                    + "大小",
            EnumSet.of(MemoryCategory.SIZE, MemoryCategory.PREFERENCE, MemoryCategory.DISLIKE)),
    GIFT(
            "\\b(?:gift|present|birthday|anniversary|christmas|xmas|valentine)|礼物|礼品|生日|送|纪念日|圣诞|情人节|年货",
            EnumSet.of(
                    MemoryCategory.BIRTHDAY, MemoryCategory.FAMILY, MemoryCategory.PREFERENCE, MemoryCategory.DISLIKE)),
    /** When or how to reach the customer: recalls likes and avoidances about times and channels. */
    CONTACT(
            "\\b(?:when|what time|contact|call|notify|tell me|let me know|reach|courier|schedule|technician|"
                    + "update me|keep me posted|get in touch|message me|text me|email me|how will you|arrive|arrival|"
                    + "deliver|delivery|delivered|dispatch|install|installation|appointment|slot|pick ?up)\\b|"
                    + "什么时候|几点|通知|联系|电话|回电|上门|送货|配送|告诉我|怎么通知|给我送|收货|签收|到货|发货|取件|安装|预约|"
                    + "哪天|周几|几号|发短信|发邮件",
            EnumSet.noneOf(MemoryCategory.class)),
    /** What something costs: recalls stances whose object is a price or a budget. */
    PRICE(
            "\\b(?:how much|price|prices|pricey|cost|costs|budget|cheap|cheaper|cheapest|affordable|expensive|"
                    + "deals?|discount|sale|worth it|value|spend|under \\$?\\d+)\\b|"
                    + "多少钱|价格|价钱|价位|便宜|贵|预算|划算|性价比|打折|优惠|折扣|促销|值不值",
            EnumSet.noneOf(MemoryCategory.class)),
    DELIVERY(
            "\\b(?:store|near|nearby|deliver|delivery|shipping|ship|pick ?up|my place)|门店|附近|快递|配送|寄|送货|到货|运费",
            EnumSet.of(MemoryCategory.LOCATION));

    /** A time for a question about when, a budget for one about cost: above a constraint on the thing. */
    private static final int OBJECT_WEIGHT = 4;

    private final Pattern pattern;
    private final Set<MemoryCategory> recalls;

    Intent(String regex, Set<MemoryCategory> recalls) {
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        this.recalls = recalls;
    }

    static List<Intent> of(String message) {
        return List.of(values()).stream()
                .filter(i -> i.pattern.matcher(message).find())
                .toList();
    }

    boolean recalls(MemoryCategory category) {
        return recalls.contains(category);
    }

    /**
     * How much this intent needs the memory: for contact and price, an object that is a time, a channel or a
     * budget is what the question is about and counts like a subject; otherwise one point for its category.
     */
    int weight(Memory memory) {
        if (this == CONTACT && Topics.isContact(memory.object()) || this == PRICE && Topics.isPrice(memory.object())) {
            return OBJECT_WEIGHT;
        }
        return recalls(memory.category()) ? 1 : 0;
    }
}
