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
