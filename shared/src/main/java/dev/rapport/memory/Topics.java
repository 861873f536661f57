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
    private static final Pattern RELIGION = Pattern.compile(
            "relig|\\bfaith\\b|halal|kosher|muslim|islam|hindu|buddhis|jewish|judaism|\\bjain|sikh|christian|"
                    + "catholic|\\blent\\b|ramadan|宗教|信仰|回民|回族|穆斯林|清真|伊斯兰|佛教|信佛|吃斋|犹太|印度教|基督|天主|斋月",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALLERGY = Pattern.compile("allerg|anaphyla|epipen|过敏", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEALTH = Pattern.compile(
            "intoleran|diabet|celiac|coeliac|pregnan|blood pressure|hypertension|cholesterol|my doctor|medical|"
                    + "medication|kidney|\\bgout\\b|\\bibs\\b|eczema|asthma|migraine|arthritis|crohn|reflux|湿疹|哮喘|偏头痛|"
                    // The body and its care, said in everyday words: "my gut issues", "doctor's orders", "我胃不好".
                    + "\\bdoctor|\\bgut\\b|\\bstomach\\b|digest|anxiety|\\bsober\\b|in recovery|surgery|"
                    + "my skin|sensitive skin|makes me (?:really |so )?(?:sick|ill)|fodmap|heart condition|thyroid|"
                    + "breastfeeding|dermatolog|"
                    + "不耐|糖尿病|怀孕|孕期|备孕|哺乳|高血压|血脂|血糖|医生|痛风|胃|肠胃|肠道|皮肤敏感|敏感肌|手术|嗓子|喉咙|"
                    + "吃药|心脏|甲状腺|肾",
            Pattern.CASE_INSENSITIVE);

    /** Times and channels: what a question about when or how to reach the customer needs. */
    private static final Pattern CONTACT = Pattern.compile(
            "\\b(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|after|before|am|pm|\\d{1,2}(?:am|pm)|call|calls|"
                    + "phone|email|e-mail|text|sms|whatsapp|wechat|message|messages|deliver(?:y|ies))\\b"
                    + "|早上|上午|中午|下午|晚上|夜里|周末|工作日|白天|点|电话|微信|短信|邮件|收货|快递|送货",
            Pattern.CASE_INSENSITIVE);

    private Topics() {}

    /** Whether an object is about when or how the customer wants to be reached or delivered to. */
    static boolean isContact(String object) {
        return CONTACT.matcher(object).find();
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
        if (RELIGION.matcher(sentence).find()) {
            return Optional.of(MemoryCategory.RELIGION);
        }
        if (ALLERGY.matcher(sentence).find()) {
            return Optional.of(MemoryCategory.ALLERGY);
        }
        return HEALTH.matcher(sentence).find() ? Optional.of(MemoryCategory.HEALTH) : Optional.empty();
    }
}
