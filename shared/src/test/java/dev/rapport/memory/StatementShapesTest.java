package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statements written to develop the rules, one per shape, across the categories people state
 * (diet, allergies, religion, materials, colours, patterns, styles, brands, price, size, schedules,
 * channels, language) — tuning material, not a measure of quality.
 */
class StatementShapesTest {

    private final RuleBasedExtractor extractor = new RuleBasedExtractor();

    private static List<String> found(String statement) {
        return FoundStances.in(statement);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "我严格生酮 | requires:生酮",
                "我吃素好几年了 | requires:vegetarian",
                "我严格吃素 | requires:vegetarian",
                "我吃素十几年了，不吃蛋 | requires:vegetarian; avoids:蛋",
                "我对海鲜过敏 | avoids:海鲜",
                "我不吃猪肉，因为我是穆斯林 | avoids:猪肉",
                "我不穿皮草 | avoids:皮草",
                "我偏爱简约风格 | likes:简约风格",
                "我一直用苹果手机 | likes:苹果手机",
                "我只买打折的东西 | requires:打折",
                "我穿L码的衣服 | requires:L",
                "我一直穿M码 | requires:M",
                "我不吃葱、姜、蒜 | avoids:葱; avoids:姜; avoids:蒜",
                "我不抽烟不喝酒 | avoids:烟; avoids:酒",
                "我一点辣都不能吃 | avoids:辣",
                "我海鲜也不碰 | avoids:海鲜",
                "我不爱穿高跟鞋 | avoids:穿高跟鞋",
                "黑色的衣服我不穿 | avoids:黑色的衣服",
                "I've been vegetarian for years. | requires:vegetarian",
                "I've been avoiding dairy for a few years. | avoids:dairy",
                "I eat keto. | requires:keto",
                "I'm allergic to tree nuts and sesame. | avoids:tree nuts; avoids:sesame",
                "I keep kosher. | requires:kosher",
                "I'm loyal to Adidas. | likes:Adidas",
                "I'd rather avoid synthetic fabrics. | avoids:synthetic fabrics",
                "I'm not a fan of polka dots. | avoids:polka dots",
                "I prefer WhatsApp. | likes:WhatsApp",
                "I am vegan and I always buy size M. | requires:vegan; requires:M",
                "I avoid wool, cashmere and mohair. | avoids:wool; avoids:cashmere; avoids:mohair",
                "I've been wearing size 9 shoes for ages. | requires:9",
                "I usually go for the cheapest one. | requires:cheap",
                "I'm quite price-sensitive. | requires:cheap",
                "I don't pay full price for anything. | requires:sale",
                "I always wait for the sales. | requires:sale",
                "我对价格比较敏感 | requires:便宜",
                "我很看重性价比 | requires:性价比",
                "我一般等打折再买 | requires:打折",
                "我不太吃辣 | avoids:辣",
                "我吃不惯羊肉 | avoids:羊肉",
                "我对芒果不耐受 | avoids:芒果",
                "我有点乳糖不耐受 | avoids:乳糖",
                "我是S码 | requires:S",
                "我38码的鞋 | requires:38",
                "我一般周末才有空 | requires:周末",
                "Stripes aren't my thing. | avoids:Stripes",
                "Red isn't my colour. | avoids:Red",
                "I'm trying to cut down on sugar. | avoids:sugar",
                "I dislike anything with sequins. | avoids:sequins",
                "I always choose organic. | likes:organic",
                "I have a severe shellfish allergy. | avoids:shellfish",
                "I'm intolerant to gluten. | avoids:gluten",
                "I'm a huge coffee person. | likes:coffee",
                "Pink is my favourite colour. | likes:Pink",
                "我有坚果过敏 | avoids:坚果",
                "我穿羊毛会过敏 | avoids:羊毛",
                "我是无印良品的忠实粉丝 | likes:无印良品",
                "我是苹果粉 | likes:苹果",
                "我最喜欢的牌子是优衣库 | likes:优衣库",
                "I don't eat pork or shellfish for religious reasons. | avoids:pork; avoids:shellfish",
            })
    void aStatementYieldsItsStances(String statement, String expected) {
        assertThat(found(statement)).containsExactlyElementsOf(FoundStances.listed(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "我不介意皮革",
                "我朋友是素食者",
                "我这周在北京出差",
                "你能推荐一件外套吗？",
                "请用英文回答我",
                "我什么都不吃",
                "I've been to Paris.",
                "I've been told I look good in red.",
                "I have no problem with wool.",
                "I'm happy with polyester.",
                "Always answer in bullet points.",
                "What's the cheapest option?",
                "My sister always picks the cheapest one.",
                "I've been waiting for my order for weeks.",
                "我等你回复再买",
                "我是12号下单的",
                "我有点过敏",
                "我有过敏性鼻炎",
                "我吃了会过敏",
                "我是铁粉",
                "我喜欢的是你们的服务",
                "我是你们的老客户",
                "It is my favourite.",
                "I'm a people person.",
                "I always pick up my order on Fridays.",
                "I usually look for it online.",
                "我现在有空",
                "我明天晚上有空",
                "我晚上有空",
                "我不太用得上",
                "我有点不耐烦",
                "That isn't for me.",
                "This one is not for me.",
                "My husband hates mushrooms.",
                "My kids are allergic to eggs.",
                "我妈妈对花生过敏",
                "我女儿不吃辣",
                "我不排斥化纤",
                "I might go vegan.",
                "I used to be vegetarian.",
                "I'm okay with wool.",
                "Leather is fine with me.",
            })
    void nothingIsStoredFromWhatStatesNoStance(String statement) {
        assertThat(found(statement)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "i just cant do raw onion | avoids:raw onion",
                "Anchovies are a hard no for me | avoids:Anchovies",
                "acrylic, nylon & spandex are all no-gos for me | avoids:acrylic; avoids:nylon; avoids:spandex",
                "anything with sequins is a no-no for me | avoids:sequins",
                "cashmere makes me itch | avoids:cashmere",
                "tbh im not big on sweet drinks | avoids:sweet drinks",
                "i'm a sucker for corduroy | likes:corduroy",
                "I'm more of a boots person than a sneakers person | likes:boots",
                "im an asics girl | likes:asics",
                "i'm off caffeine these days | avoids:caffeine",
                "I've stayed off red meat for a while | avoids:red meat",
                "i'd rather not get anything with rabbit fur | avoids:rabbit fur",
                "I watch my salt | avoids:salt",
                "dont like orange at all | avoids:orange",
                "Prefer loose fits pls | likes:loose fits",
                "Mostly wear grey, it goes with everything | likes:grey",
                "love love love corduroy | likes:corduroy",
                "im alergic to kiwi | avoids:kiwi",
                "vegeterian since uni | requires:vegetarian",
                "strictly dairy free | avoids:dairy",
                "pescatarian here | requires:pescatarian",
                "keto 🥑 always | requires:keto",
                "kiwi allergy!! | avoids:kiwi",
                "Organic only please | requires:Organic",
                "stay away from anything with mesh please | avoids:mesh",
                "I need narrow fit shoes | requires:narrow fit shoes",
                "tall sizes fit me way better | requires:tall sizes",
                "I'm doing low fat these days | requires:low fat",
                "I love fresh scents like citrus and mint | likes:citrus; likes:mint",
                "i never wear wool, real or fake | avoids:wool",
                "I usually shop at Muji | likes:Muji",
                "I told my mum that I can't stand mint | avoids:mint",
                "I like warm shades such as rust and mustard | likes:rust; likes:mustard",
                "I avoid shellfish such as prawns | avoids:shellfish; avoids:prawns",
                "I always wear a cap in the sun | likes:cap",
            })
    void chatTypedEnglishStancesAreFound(String statement, String expected) {
        aStatementYieldsItsStances(statement, expected);
    }

    /** The cause before the reaction, and a verdict with nothing after it, as chat ends a sentence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "copper makes my wrists itch | avoids:copper",
                "msg makes my eczema flare | avoids:msg",
                "energy drinks give me heart palpitations | avoids:energy drinks",
                "i get a rash from kiwi | avoids:kiwi",
                "i get migraines from msg | avoids:msg",
                "asthma gets set off by smoke and perfume | avoids:smoke; avoids:perfume",
                "shellfish is my allergy | avoids:shellfish",
                "anything banana is a big nope | avoids:banana",
                "olives are gross to me | avoids:olives",
                "wedges kill my feet | avoids:wedges",
                "polka dots are my thing | likes:polka dots",
                "big into matcha | likes:matcha",
                "loafers all the way | likes:loafers",
            })
    void causeFirstAndBareVerdictStancesAreFound(String statement, String expected) {
        aStatementYieldsItsStances(statement, expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "this makes me so happy",
                "i drove all the way",
                "that is my thing to sort out",
                "the hotel is gross",
                "it is a big no from the bank",
            })
    void causeAndVerdictLookalikesStoreNothing(String statement) {
        assertThat(found(statement)).isEmpty();
    }

    /** A channel said as an order or as a habit, often two at once. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "please don't phone me | avoids:phone",
                "email me, don't call | likes:email; avoids:call",
                "wechat me please, not sms | likes:wechat; avoids:sms",
                "i never answer voicemails | avoids:voicemails",
                "never going back to dell | avoids:dell",
            })
    void channelOrdersAndHabitsAreFound(String statement, String expected) {
        aStatementYieldsItsStances(statement, expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"don't call it a bargain", "text me the tracking number", "not yet"})
    void channelLookalikesStoreNothing(String statement) {
        assertThat(found(statement)).isEmpty();
    }

    /** Hours and price caps said without "I". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "only available after 6pm | requires:after 6pm",
                "free after 8pm on weekdays | requires:after 8pm on weekdays",
                "birthday presents are always under 30 for me | requires:under 30",
            })
    void hoursAndCapsWithoutISubjectAreFound(String statement, String expected) {
        aStatementYieldsItsStances(statement, expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"available in blue?", "nothing over there", "the price is under 50 now"})
    void hoursAndCapsLookalikesStoreNothing(String statement) {
        assertThat(found(statement)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "I'm off to Lisbon next week",
                "I'm off work on Mondays",
                "can't do the delivery tomorrow",
                "Not a fan of waiting, where is my parcel?",
                "this coat makes me look shorter",
                "stay away from jargon please",
                "My brother can't do gluten",
                "my mum told me that she hates mint",
                "I'm a tall guy",
                "nothing else, thanks",
                "I don't mind suede at all",
                "I need a new raincoat",
                "I'm quite sensitive to price",
                "I'm not fussy, no preferences really",
                "plain is fine, nothing too fancy",
            })
    void englishNearMissesStoreNothing(String statement) {
        assertThat(found(statement)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"我严格生酮", "我严格吃素", "我一点辣都不能吃"})
    void strictWordsMakeAStrictStance(String statement) {
        assertThat(extractor.extract(ExtractionInput.of(statement)).candidates())
                .allMatch(c -> c.strength() == Strength.STRICT)
                .isNotEmpty();
    }
}
