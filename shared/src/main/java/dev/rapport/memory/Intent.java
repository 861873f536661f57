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
                    + "推荐|建议|买什么|吃什么|穿什么|送什么|适合我|给我选|有什么|有没有|看看|有啥|来点|想买|挑",
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
                    + "colou?rs?|outfit|style)|衣|裤|裙|鞋|外套|码|尺|穿|颜色|款式|风格",
            EnumSet.of(MemoryCategory.SIZE, MemoryCategory.PREFERENCE, MemoryCategory.DISLIKE)),
    GIFT(
            "\\b(?:gift|present|birthday)|礼物|生日|送",
            EnumSet.of(MemoryCategory.BIRTHDAY, MemoryCategory.FAMILY, MemoryCategory.PREFERENCE)),
    /** When or how to reach the customer: recalls likes and avoidances about times and channels. */
    CONTACT(
            "\\b(?:when|what time|contact|call|notify|tell me|let me know|reach|courier|schedule|technician)\\b|"
                    + "什么时候|几点|通知|联系|电话|回电|上门|送货|配送|告诉我|怎么通知|给我送",
            EnumSet.noneOf(MemoryCategory.class)),
    DELIVERY(
            "\\b(?:store|near|nearby|deliver|delivery|shipping|ship|pick ?up|my place)|门店|附近|快递|配送|寄|送货|到货|运费",
            EnumSet.of(MemoryCategory.LOCATION));

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

    /** Whether this intent needs the memory: by its category, or for contact by what its object is about. */
    boolean recalls(Memory memory) {
        return recalls(memory.category()) || this == CONTACT && Topics.isContact(memory.object());
    }
}
