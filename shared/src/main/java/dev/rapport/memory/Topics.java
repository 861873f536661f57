package dev.rapport.memory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an object is about, as far as a category goes: food and drink belong to the diet, anything
 * else is a preference or a dislike. And whether a sentence gives a sensitive reason — a religion,
 * an allergy, a health condition — for what it says, which makes every preference in it sensitive:
 * "Due to religious beliefs, I avoid pork" tells the religion as surely as "I'm Muslim" does.
 */
final class Topics {

    private static final Pattern FOOD = Pattern.compile(
            "\\b(?:meat|pork|beef|lamb|mutton|chicken|turkey|duck|fish|seafood|shellfish|shrimp|prawns?|crab|lobster|"
                    + "dairy|milk|cheese|butter|cream|yogh?urt|eggs?|gluten|wheat|soy|soya|tofu|nuts?|peanuts?|"
                    + "almonds?|sugar|sweets?|desserts?|carbs?|high-carb|bread|pasta|rice|caffeine|coffee|decaf|tea|"
                    + "alcohol|wine|beer|spirits|spicy|fried|salt|sodium|mushrooms?|onions?|garlic|cilantro|"
                    + "coriander|honey|processed|organic|junk food|fast food|snacks?|chocolate|fruit|vegetables?|"
                    + "veggies|juice|soda|meals?|dishes?|sauce|spices?|msg|additives?|gelatin|halal|kosher|keto)\\b"
                    + "|肉|猪|牛(?!仔|皮)|羊(?!毛|绒|皮)|鸡|鸭|鱼|虾|蟹|海鲜|贝|奶|乳|蛋|麸质|面|米|饭|糖|甜|辣|酒|咖啡|茶|饮料|香菜|葱|姜|蒜|"
                    + "碳水|油炸|内脏|生的|刺身|坚果|花生|豆|零食|水果|蔬菜|菜|汤|荤|素|清真|味精|调料|蜂蜜|芒果",
            Pattern.CASE_INSENSITIVE);
    /** Times and channels: what a question about when or how to reach the customer needs. */
    private static final Pattern CONTACT = Pattern.compile(
            "\\b(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|after|before|am|pm|\\d{1,2}(?:am|pm)|call|calls|"
                    + "phone|phone calls?|emails?|e-mails?|texts?|texting|sms|whatsapp|wechat|telegram|signal|voicemail|"
                    + "message|messages|notifications?|deliver(?:y|ies)|(?:mon|tue|wed|thu|fri|sat|sun)\\w*days?|noon|"
                    + "lunchtime)\\b"
                    + "|早上|上午|中午|下午|晚上|傍晚|凌晨|夜里|周末|工作日|白天|点|电话|微信|短信|邮件|消息|语音|收货|快递|送货|"
                    + "周[一二三四五六日天]|星期|上班|下班",
            Pattern.CASE_INSENSITIVE);
    /** Prices and budgets: what a question about cost needs. */
    private static final Pattern PRICE = Pattern.compile(
            "\\b(?:cheap|cheaper|cheapest|budget|price|prices|pricey|afford\\w*|expensive|value|discounts?|sales?|deals?|"
                    + "bargains?|under \\$?\\d+|splurge)\\b|便宜|贵|价|预算|打折|性价比|优惠|折扣|实惠|划算",
            Pattern.CASE_INSENSITIVE);
    /** The language replies are written in: it bears on every answer. */
    private static final Pattern LANGUAGE = Pattern.compile(
            "^(?:(?:reading|speaking|replies|answers|talking|writing|chatting|communicating)(?: in)? )?"
                    + "(?:english|chinese|mandarin|cantonese|simplified chinese|traditional chinese)(?: language)?$"
                    + "|^(?:用)?(?:中文|英文|英语|汉语|普通话|粤语|简体|繁体)(?:字|回复|交流|沟通)?$",
            Pattern.CASE_INSENSITIVE);

    private Topics() {}

    /** Whether an object is about when or how the customer wants to be reached or delivered to. */
    static boolean isContact(String object) {
        return CONTACT.matcher(object).find();
    }

    /** Whether an object is a price or a budget ("cheap", "性价比"). */
    static boolean isPrice(String object) {
        return PRICE.matcher(object).find();
    }

    /** Whether an object is the language the customer wants to read ("reading in english", "中文"). */
    static boolean isLanguage(String object) {
        return LANGUAGE.matcher(object.strip()).find();
    }

    /** Whether an object is something eaten or drunk. */
    static boolean isFood(String object) {
        return FOOD.matcher(object).find();
    }

    /** The category of a stance on {@code object}: food is diet, otherwise a like or a dislike. */
    static MemoryCategory categoryOf(String object, String value) {
        if (isFood(object)) {
            return MemoryCategory.DIET;
        }
        return Polarity.of(value) == Polarity.AVOIDS ? MemoryCategory.DISLIKE : MemoryCategory.PREFERENCE;
    }

    /** The sensitive category a sentence's reason belongs to, if it gives one. */
    static Optional<MemoryCategory> sensitiveReason(String sentence) {
        return SensitiveTopic.of(sentence);
    }
}
