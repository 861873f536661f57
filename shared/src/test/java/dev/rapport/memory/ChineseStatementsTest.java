package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chinese as customers type it in a shop's chat, one statement per failure class: colloquial
 * subjects and particles, the object said first, softened refusals, allergies without 对, sizes,
 * schedules and channels, lists and comments after a space — and what must still store nothing.
 */
class ChineseStatementsTest {

    private final RuleBasedExtractor extractor = new RuleBasedExtractor();

    private static List<String> found(String statement) {
        return FoundStances.in(statement);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // 俺, 咱 and a leading 本人 are the customer; 亲, 哈, 哦, ～ are tone.
                "亲，俺不喝可乐哈 | avoids:可乐",
                "咱穿L码的哦 | requires:L",
                "本人不碰香烟～ | avoids:香烟",
                "我对酒精过敏哦亲 | avoids:酒精",
                // Softened refusals.
                "我不太能喝冰的 | avoids:冰",
                "我不能接受太短的裙子 | avoids:短的裙子",
                "我不太吃得了辣 | avoids:辣",
                "我一直在控糖 | avoids:糖",
                "我对豹纹不感冒 | avoids:豹纹",
                // The object first.
                "榴莲我一口都吃不了 | avoids:榴莲",
                "香水味我真受不了 | avoids:香水味",
                "皮草的我不要 | avoids:皮草",
                "鸭血不行 | avoids:鸭血",
                "亮片就算了 | avoids:亮片",
                "羊毛的东西我是一件都不穿的 | avoids:羊毛",
                "太贵的不要 | requires:便宜",
                // Likes said in other words, typed in internet spellings.
                "我钟意格子 | likes:格子",
                "我中意素色的 | likes:素色",
                "我不稀饭榴莲 | avoids:榴莲",
                "我灰常喜欢紫色 | likes:紫色",
                "我每天都要喝一杯豆浆 | likes:豆浆",
                "我吃饭口味偏重 | likes:重",
                "我一般喝美式 | likes:美式",
                "我穿衣服偏好宽松款 | likes:宽松款",
                "我买东西比较看重性价比 | requires:性价比",
                // Allergies without 对.
                "我花粉过敏 | avoids:花粉",
                "我一碰猫就过敏 | avoids:猫",
                "我对芒果和菠萝都过敏 | avoids:芒果; avoids:菠萝",
                // The speaker left out, as Chinese does: a sentence opening on a stance or an allergy.
                "不喜欢紫色，太闷了 | avoids:紫色",
                "只穿纯羊毛的袜子 | requires:纯羊毛的袜子",
                "偏爱奶油色 | likes:奶油色",
                "花生过敏，一点都不能碰 | avoids:花生",
                "对花粉过敏 | avoids:花粉",
                // After a condition, the object and what must be cut.
                "痛风，内脏得少吃 | avoids:内脏",
                "胃不好，辣椒和咖啡是我的雷区 | avoids:辣椒; avoids:咖啡",
                // A topic, a comment on why, then a bare refusal.
                "格子的太老气了，我不穿 | avoids:格子",
                "羊肉是噩梦，受不了 | avoids:羊肉",
                "迷彩这种我hold不住 | avoids:迷彩",
                // A measure said bare.
                "鞋子40码 | requires:40",
                "我平时穿运动鞋比较多 | likes:运动鞋",
                // "Only": a brand is liked, anything else required; "黑白灰" names three colours.
                "我只穿黑白灰 | requires:黑色; requires:白色; requires:灰色",
                "我只买有机食品 | requires:有机食品",
                "衣服我是只穿纯棉的 | requires:纯棉",
                // Sizes.
                "我一般L号 | requires:L",
                "我鞋穿38码 | requires:38",
                "我穿32码的牛仔裤 | requires:32",
                "我腰围2尺2 | requires:2尺2",
                // When and how to reach the customer.
                "我只能周六收货 | requires:周六",
                "我一般周末才有时间收快递 | requires:周末",
                "别打电话 | avoids:电话",
                "发微信就行 | likes:微信",
                // Mixed Chinese and English.
                "我不吃beef | avoids:beef",
                "我只穿cotton的 | requires:cotton",
                // A comment after a space, a reason after a comma: no second item.
                "我不喜欢羊毛的 扎人 | avoids:羊毛",
                "真皮的我不要，动物保护 | avoids:真皮",
                "我不吃葱，姜，还有蒜 | avoids:葱; avoids:姜; avoids:蒜",
                "我喜欢简约风 | likes:简约风",
            })
    void aColloquialStatementYieldsItsStances(String statement, String expected) {
        assertThat(found(statement)).containsExactlyElementsOf(FoundStances.listed(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // Complaints about a product, not stances.
                "质量不行",
                // No subject dropped here: a denial, someone else, a hedge.
                "不过敏，什么都能吃",
                "孩子爸爸过敏",
                "这件的做工太差，我不买",
                "好像有点乳糖不耐？说不准",
                "颜色就算了",
                "别的不要",
                "其他牌子穿不惯",
                "别再给我推荐东西了",
                // Neutral.
                "羊毛的我无感",
                "颜色都行哈",
                "我吃啥都无所谓",
                // Questions.
                "你们有没有不含糖的么",
                "我能穿L码吗",
                // Other people.
                "我闺蜜不吃香菜",
                "我妈花粉过敏",
                "我老婆对猫过敏",
                "她只穿耐克的",
                // One-offs, suppositions, the past and hedges.
                "今天不想喝奶茶哈",
                "这次先不要红色的",
                "要是我穿M会不会小",
                "我小时候不吃青椒",
                "之前海鲜我不吃",
                "原来羊肉我吃不惯",
                "我好像不太能吃辣",
                "我应该穿L吧",
                // How something feels, when or how much: no object.
                "扎人受不了",
                "热得受不了",
                "晚上不吃",
                "现在不用",
                "我一般买两件",
                "我一般买一个",
                "我平时用得比较多",
                "我从小过敏",
                "我一直穿的是这个",
                "我一般买东西都看评价",
                "我口味很挑",
                "先不买",
                "别太贵",
                // A date is no size, and 喝稀饭 is porridge.
                "我15号有空",
                "我早上喝稀饭",
                "我皮肤过敏",
                "我母亲",
            })
    void nothingIsStoredFromWhatStatesNoStance(String statement) {
        assertThat(found(statement)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"榴莲我碰都不碰", "我最爱喝奶茶了", "辣椒我一口都吃不了"})
    void emphasisMakesAStrictStance(String statement) {
        assertThat(extractor.extract(ExtractionInput.of(statement)).candidates())
                .allMatch(c -> c.strength() == Strength.STRICT)
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"我不太能吃辣", "我对豹纹不感冒", "我不太喜欢亮色"})
    void softenedWordsMakeASoftStance(String statement) {
        assertThat(extractor.extract(ExtractionInput.of(statement)).candidates())
                .allMatch(c -> c.strength() == Strength.SOFT)
                .isNotEmpty();
    }
}
