package dev.rapport.memory;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a remembered stance is about, from its words: something eaten or drunk, a material, or a
 * look (colour, pattern, cut, size). It lets a question recall a constraint it shares no word with: a
 * jumper is wool's business, a Japanese menu is soy's. A vegan avoids animal materials as well as
 * animal foods, so "vegan" is both.
 */
public enum Subject {
    FOOD("\\b(?:keto|ketogenic|low-carb|lactose|pescatarian|vegan|vegetarian|shellfish|red meat|sausages?|steak|"
            + "caffeinated|sweeteners?|paleo|low-fat|low-sugar|diet)\\b|生酮|低碳|乳糖|咖啡因|素|荤|红肉|海鲜|虾|蟹|鱼|饮食|忌口"),
    MATERIAL("\\b(?:wool|woollen|woolen|merino|cashmere|leather|suede|fur|silk|cotton|linen|polyester|nylon|acrylic|"
            + "synthetics?|spandex|lycra|down|feathers?|latex|rubber|nickel|plastics?|denim|velvet|metal|vegan|bamboo|"
            + "fragrances?|fragranced|scents?|scented|perfumed?|parabens?|sulfates?|silicones?)\\b"
            + "|羊毛|羊绒|毛料|真皮|皮革|皮草|皮毛|麂皮|皮的|牛皮|丝绸|真丝|蚕丝|纯棉|棉|亚麻|涤纶|尼龙|化纤|腈纶|氨纶|羽绒|羽毛|乳胶|橡胶|镍|塑料|"
            + "牛仔|天鹅绒|金属|全素|纯素|香味|香精|香料|香水味|无香"),
    LOOK("\\b(?:black|white|red|blue|navy|green|yellow|orange|pink|purple|beige|grey|gray|brown|gold|silver|"
            + "colou?rs?|floral|stripes?|striped|checks?|checked|plaid|prints?|logos?|sequins?|heels|skinny|baggy|"
            + "tight|loose|oversized|flashy|neon|pastel|sizes?|petite|plus-size)\\b|色|碎花|条纹|格子|印花|logo|亮片|高跟|紧身|宽松|花哨|"
            + "尺码|\\d码|[SMLX]码");

    private static final Pattern PRODUCTS =
            Pattern.compile("\\bproducts?$|(?:" + Brands.ZH_KINDS + ")$", Pattern.CASE_INSENSITIVE);

    private final Pattern words;

    Subject(String regex) {
        this.words = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** Whether words name a food, a material or a look ("cotton", "纯棉", "black"), not a maker. */
    static boolean describes(String words) {
        for (Subject subject : values()) {
            if (subject.words.matcher(words).find()) {
                return true;
            }
        }
        return false;
    }

    /** The subjects of a memory, from its object, value and statement; food also from its category. */
    public static Set<Subject> of(Memory memory) {
        Set<Subject> subjects = EnumSet.noneOf(Subject.class);
        String text = memory.object() + ' ' + memory.value() + ' ' + memory.statement();
        for (Subject subject : values()) {
            if (subject.words.matcher(text).find()) {
                subjects.add(subject);
            }
        }
        // "小米的产品" is a maker's products, not millet.
        boolean product = PRODUCTS.matcher(memory.object()).find();
        if (memory.category() == MemoryCategory.DIET || Topics.isFood(memory.object()) && !product) {
            subjects.add(FOOD);
        }
        if (memory.category() == MemoryCategory.SIZE) {
            subjects.add(LOOK);
        }
        return subjects;
    }
}
