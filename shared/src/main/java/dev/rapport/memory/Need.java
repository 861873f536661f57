package dev.rapport.memory;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question is about, as far as the customer's constraints go: something to eat or drink,
 * something to wear or carry, or another thing to buy. Each recalls the constraints whose
 * {@link Subject} it touches, whatever words they were said in. Rules and a lexicon carry it, since the
 * Lambda jar holds no embedding model.
 */
enum Need {
    EATING(
            "\\b(?:eat|eating|ate|drink|drinks|food|foods|dish|dishes|meal|meals|snack|snacks|treat|treats|dessert|desserts|"
                    + "pastry|pastries|cake|cakes|bakery|bread|pizza|pasta|noodles|ramen|sushi|burger|sandwich|sausages?|"
                    + "barbecue|bbq|grill|steak|steakhouse|street food|cuisine|restaurant|cafe|menu|order at|cook|cooking|"
                    + "recipe|dinner|lunch|breakfast|brunch|picnic|ice cream|flavou?r|espresso|latte|coffee|tea|juice|"
                    + "wine|beer|cocktail|soup|salad|fruit|chocolate|candy|cookies|biscuits|hot ?pot|buffet|takeaway|"
                    + "delivery food|tasting|taste|bites?)\\b"
                    + "|吃|喝|菜|餐|饭|食|零食|零嘴|点心|甜点|甜品|糕点|蛋糕|面包|披萨|比萨|香肠|烧烤|火锅|小吃|饮品|饮料|咖啡|茶|拿铁|美式|酒|"
                    + "水果|汤|粥|早点|日料|粤菜|川菜|西餐|料理|菜单|做饭|食谱|口味|尝",
            EnumSet.of(Subject.FOOD)),
    WEARING(
            "\\b(?:wear|wearing|clothes|clothing|outfit|outfits|coat|coats|jacket|jackets|jumper|jumpers|sweater|"
                    + "sweaters|cardigan|hoodie|shirt|shirts|t-shirt|blouse|dress|dresses|skirt|trousers|pants|jeans|"
                    + "shorts|pajamas|pyjamas|suit|scarf|scarves|hat|hats|cap|beanie|gloves|socks|shoes|boots|sneakers|"
                    + "trainers|sandals|slippers|belt|belts|wallet|wallets|bag|bags|backpack|handbag|purse|watch|"
                    + "watches|strap|jewell?e?ry|necklace|ring|earrings|bracelet|gear|sportswear|uniform|swimsuit|"
                    + "raincoat|parka|vest|underwear|lingerie|tie)\\b"
                    + "|穿|衣|裤|裙|外套|大衣|夹克|卫衣|西装|围巾|帽|手套|袜|鞋|靴|腰带|皮带|钱包|包|手表|表带|首饰|项链|戒指|耳环|"
                    + "手镯|装备|泳衣|马甲|领带",
            EnumSet.of(Subject.MATERIAL, Subject.LOOK)),
    USING(
            "\\b(?:bottle|bottles|cup|cups|mug|mugs|gloves|case|cover|bedding|sheets|pillow|towel|towels|blanket|"
                    + "furniture|sofa|couch|chair|rug|kitchen|cookware|toys?|cosmetics|skincare|lotion|mattress|"
                    + "container|lunchbox|phone case|earbuds|headphones)\\b"
                    + "|杯|手套|壳|床品|床单|枕|毛巾|毯|沙发|椅|地毯|厨房|锅|玩具|化妆品|护肤|床垫|饭盒|耳机",
            EnumSet.of(Subject.MATERIAL, Subject.LOOK));

    private final Pattern words;
    private final Set<Subject> touches;

    Need(String regex, Set<Subject> touches) {
        this.words = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        this.touches = touches;
    }

    /** The subjects a question touches, through every need its words show. */
    static Set<Subject> of(String question) {
        Set<Subject> subjects = EnumSet.noneOf(Subject.class);
        for (Need need : values()) {
            if (need.words.matcher(question).find()) {
                subjects.addAll(need.touches);
            }
        }
        return subjects;
    }
}
