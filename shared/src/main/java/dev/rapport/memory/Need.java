package dev.rapport.memory;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question is about, as far as the customer's constraints go: something to eat or drink,
 * something to wear or carry, another thing to buy or use, or a trip. Each recalls the constraints whose
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
                    + "delivery food|tasting|taste|bites?|smoothies?|shakes?|protein|bars?|granola|cereals?|oats|"
                    + "yogh?urts?|sauces?|stir ?fry|wok|marinades?|dressings?|condiments?|seasonings?|spices?|"
                    + "ingredients?|groceries|grocery|baking|bake|chips|crisps|vitamins|supplements|takeout|"
                    + "drinking|booze)\\b"
                    + "|吃|喝|菜|餐|饭|食|零食|零嘴|点心|甜点|甜品|糕点|蛋糕|面包|披萨|比萨|香肠|烧烤|火锅|小吃|饮品|饮料|咖啡|茶|拿铁|美式|酒|"
                    + "水果|汤|粥|早点|日料|粤菜|川菜|西餐|料理|菜单|做饭|食谱|口味|尝|酱|调料|佐料|蘸料|炒|煮|烤|食材|"
                    + "奶昔|酸奶|燕麦|麦片|蛋白|营养|保健|维生素|糖果|巧克力|饼干|外卖|夜宵|下午茶|奶茶|果汁|聚餐|请客|月饼|粽子",
            EnumSet.of(Subject.FOOD)),
    WEARING(
            "\\b(?:wear|wearing|clothes|clothing|outfit|outfits|coat|coats|jacket|jackets|jumper|jumpers|sweater|"
                    + "sweaters|cardigan|hoodie|shirt|shirts|t-shirt|blouse|dress|dresses|skirt|trousers|pants|jeans|"
                    + "shorts|pajamas|pyjamas|suit|scarf|scarves|hat|hats|cap|beanie|gloves|socks|shoes|boots|sneakers|"
                    + "trainers|sandals|slippers|belt|belts|wallet|wallets|bag|bags|backpack|handbag|purse|watch|"
                    + "watches|strap|jewell?e?ry|necklace|ring|earrings|bracelet|gear|sportswear|uniform|swimsuit|"
                    + "raincoat|parka|vest|underwear|lingerie|tie|blazer|jumpsuit|leggings|tights|heels|loafers|flats|"
                    + "sunglasses|glasses|size|sizes|fit|pack|packing|luggage|suitcase)\\b"
                    + "|穿|衣|衫|T恤|裤|裙|外套|大衣|夹克|卫衣|西装|围巾|帽|手套|袜|鞋|靴|腰带|皮带|钱包|包|手表|表带|首饰|项链|戒指|耳环|"
                    + "手镯|装备|泳衣|马甲|领带|尺码|几码|多大|大小|合身|行李",
            EnumSet.of(Subject.MATERIAL, Subject.LOOK)),
    USING(
            "\\b(?:bottle|bottles|cup|cups|mug|mugs|gloves|case|cover|bedding|sheets|pillow|towel|towels|blanket|"
                    + "furniture|sofa|couch|chair|rug|kitchen|cookware|toys?|cosmetics|skincare|lotion|mattress|"
                    + "container|lunchbox|phone case|earbuds|headphones|phones?|laptops?|chargers?|cables?|tablets?|"
                    + "speakers?|cameras?|consoles?|tv|keyboard|mouse|gadgets?|detergent|soap|shampoo|perfume|"
                    + "fragrances?|candles?|cleaners?|cleaning|deodorant|makeup|lipstick|sunscreen|moisturi[sz]er|serum|"
                    + "duvet|curtains?)\\b"
                    + "|杯|手套|壳|床品|床单|枕|毛巾|毯|沙发|椅|地毯|厨房|(?<!火)锅|玩具|化妆品|护肤|床垫|饭盒|耳机|手机|电脑|笔记本|"
                    + "充电器|数据线|平板|音箱|相机|电视|键盘|鼠标|数码|洗发水|沐浴露|洗衣液|香水|香薰|蜡烛|口红|防晒|面霜|精华|"
                    + "洗面奶|护手霜|四件套|被子|家具|餐具|收纳",
            EnumSet.of(Subject.MATERIAL, Subject.LOOK)),
    /** A trip: the customer will eat there, whatever the question names. */
    TRAVEL(
            "\\b(?:trip|travel|travell?ing|holiday|vacation|visit|visiting|flight|abroad|tour|journey)\\b"
                    + "|旅游|旅行|出差|出国|度假|去.{1,6}玩|行程|自驾",
            EnumSet.of(Subject.FOOD));

    private final Pattern words;
    private final Set<Subject> touches;

    Need(String regex, Set<Subject> touches) {
        this.words = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        this.touches = touches;
    }

    /**
     * The subjects a question touches, through every need its words show. A trip counts only when nothing
     * else is named: "a scarf for my trip" is about the scarf.
     */
    static Set<Subject> of(String question) {
        Set<Subject> subjects = EnumSet.noneOf(Subject.class);
        for (Need need : values()) {
            if (need != TRAVEL && need.words.matcher(question).find()) {
                subjects.addAll(need.touches);
            }
        }
        if (subjects.isEmpty() && TRAVEL.words.matcher(question).find()) {
            subjects.addAll(TRAVEL.touches);
        }
        return subjects;
    }
}
