package dev.rapport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryRankerTest {

    private static Memory memory(MemoryCategory category, String slot, String statement, int second) {
        return Memory.from(
                new Candidate(category, slot, statement, statement, 0.9, ""),
                new Provenance("t" + second + slot, "s", Instant.EPOCH.plusSeconds(second), ""));
    }

    private final Memory size = memory(MemoryCategory.SIZE, "size.clothing", "穿L码", 1);
    private final Memory black = memory(MemoryCategory.PREFERENCE, "preference:黑色", "喜欢黑色", 2);
    private final Memory city = memory(MemoryCategory.LOCATION, "location.city", "lives in Seattle", 3);
    private final Memory coffee = memory(MemoryCategory.PREFERENCE, "preference:coffee", "likes coffee", 4);
    private final Memory peanuts = memory(MemoryCategory.ALLERGY, "allergy:peanut", "is allergic to peanuts", 5);

    @Test
    void aRecommendationPullsSizeAndPreferencesButNotTheCity() {
        List<Memory> selected = new MemoryRanker().select("推荐一件黑色的外套", List.of(city, size, black));

        assertThat(selected).containsExactly(black, size);
    }

    @Test
    void termOverlapRanksFirst() {
        List<Memory> selected =
                new MemoryRanker().select("any coffee recommendations?", List.of(black, coffee, peanuts));

        assertThat(selected.get(0)).isEqualTo(coffee);
        assertThat(selected).contains(peanuts);
    }

    private final Memory wool = avoids(MemoryCategory.DISLIKE, "wool", 6);
    private final Memory soy = avoids(MemoryCategory.DIET, "soy products", 7);
    private final Memory keto = memory(MemoryCategory.DIET, "preference:keto diet", "requires keto diet", 8);

    private static Memory avoids(MemoryCategory category, String object, int second) {
        return Memory.from(
                new Candidate(category, "preference:" + object, "avoids", "avoids " + object, 0.9, ""),
                new Provenance("t" + second, "s", Instant.EPOCH.plusSeconds(second), ""));
    }

    @Test
    void aQuestionRecallsTheConstraintItSharesNoWordWith() {
        MemoryRanker ranker = new MemoryRanker();

        assertThat(ranker.select("Which jumper would you get me for Christmas?", List.of(soy, wool)))
                .first()
                .isEqualTo(wool);
        assertThat(ranker.select("Any pastries I should try in Vienna?", List.of(wool, keto)))
                .first()
                .isEqualTo(keto);
        assertThat(ranker.select("北京有什么好吃的？", List.of(wool, soy))).first().isEqualTo(soy);
    }

    private static Memory likes(MemoryCategory category, String object, int second) {
        return Memory.from(
                new Candidate(category, "preference:" + object, "likes", "likes " + object, 0.9, ""),
                new Provenance("t" + second, "s", Instant.EPOCH.plusSeconds(second), ""));
    }

    private final Memory texts = likes(MemoryCategory.PREFERENCE, "texts", 10);
    private final Memory cheap = memory(MemoryCategory.PREFERENCE, "preference:cheap", "requires cheap", 11);
    private final Memory english = likes(MemoryCategory.PREFERENCE, "reading in english", 12);
    private final Memory diabetic = memory(MemoryCategory.HEALTH, "health:diabetes", "is diabetic", 13);
    private final Memory apple = likes(MemoryCategory.PREFERENCE, "Apple products", 14);
    private final Memory dairy = avoids(MemoryCategory.DIET, "dairy", 15);
    private final Memory weekends = memory(MemoryCategory.PREFERENCE, "preference:周末", "只在周末", 16);

    @Test
    void questionsAboutFoodInEveryWordingReachTheFoodConstraint() {
        MemoryRanker ranker = new MemoryRanker();

        for (String question : List.of(
                "what smoothie should i get",
                "Which sauces work for a stir fry?",
                "any good protein bars?",
                "Off to Lisbon on holiday next week, tips?",
                "早餐配什么酸奶好？",
                "炒菜用什么酱比较好",
                "下个月去成都旅游，有什么推荐？")) {
            assertThat(ranker.select(question, List.of(wool, black, dairy)))
                    .as(question)
                    .first()
                    .isEqualTo(dairy);
        }
    }

    @Test
    void aChannelATimeOrABudgetIsWhatTheQuestionIsAboutAndAHealthFactStaysOut() {
        MemoryRanker ranker = new MemoryRanker();
        List<Memory> book = List.of(diabetic, texts, cheap, weekends, wool);

        assertThat(ranker.select("how will you let me know when it ships?", book))
                .containsExactly(weekends, texts);
        assertThat(ranker.select("快递哪天能送到？", book)).first().isEqualTo(weekends);
        assertThat(ranker.select("How much are your phone cases?", book))
                .first()
                .isEqualTo(cheap);
        assertThat(ranker.select("这款耳机多少钱？", book)).first().isEqualTo(cheap);
        assertThat(ranker.select("when does the parcel arrive?", book)).doesNotContain(diabetic, wool);
    }

    @Test
    void theLanguageToAnswerInIsRecalledForEveryAnswerAndNothingElseComesAlong() {
        assertThat(new MemoryRanker().select("can you explain the return policy?", List.of(diabetic, english, wool)))
                .containsExactly(english);
    }

    @Test
    void aBrandLikeIsOnTheSubjectOfAThingToBuyAndRanksAboveAnOffSubjectConstraint() {
        MemoryRanker ranker = new MemoryRanker();
        Memory xiaomi = likes(MemoryCategory.PREFERENCE, "小米的产品", 17);

        assertThat(ranker.select("Which headphones should I get?", List.of(apple, soy)))
                .first()
                .isEqualTo(apple);
        assertThat(ranker.select("充电器买哪个好？", List.of(xiaomi, soy))).first().isEqualTo(xiaomi);
        assertThat(ranker.select("What should I cook for dinner?", List.of(apple, soy)))
                .first()
                .isEqualTo(soy);
    }

    @Test
    void aSizeIsRecalledWhenAskedHowBigInChinese() {
        assertThat(new MemoryRanker().select("这件衬衫我买多大", List.of(city, size, peanuts)))
                .first()
                .isEqualTo(size);
    }

    @Test
    void aLikeAboutAnotherSubjectStaysOutWhileConstraintsAreAlwaysWeighed() {
        List<Memory> selected = new MemoryRanker().select("What should I cook for dinner?", List.of(black, wool, soy));

        assertThat(selected).containsExactly(soy, wool);
    }

    @Test
    void unrelatedMessagesSelectNothing() {
        assertThat(new MemoryRanker().select("where is my order?", List.of(size, black, peanuts)))
                .isEmpty();
    }

    @Test
    void deliveryQuestionsRecallTheCity() {
        assertThat(new MemoryRanker().select("Is there a store near me?", List.of(size, city)))
                .containsExactly(city);
    }

    @Test
    void theBudgetIsRespected() {
        List<Memory> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(memory(MemoryCategory.PREFERENCE, "preference:" + i, "likes coffee blend number " + i, i));
        }
        MemoryRanker ranker = new MemoryRanker(40);

        List<Memory> selected = ranker.select("recommend coffee", many);

        assertThat(selected).isNotEmpty().hasSizeLessThan(many.size());
        assertThat(selected.stream().mapToInt(MemoryRanker::tokens).sum()).isLessThanOrEqualTo(40);
        assertThat(selected.get(0).provenance().at()).isEqualTo(Instant.EPOCH.plusSeconds(49));
    }

    @Test
    void supersededMemoriesAreNeverSelected() {
        assertThat(new MemoryRanker().select("推荐外套", List.of(size.supersededBy("x"))))
                .isEmpty();
    }
}
