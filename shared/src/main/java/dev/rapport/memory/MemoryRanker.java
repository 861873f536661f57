package dev.rapport.memory;

import dev.rapport.text.Terms;
import dev.rapport.text.TokenEstimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses which memories a turn's prompt carries: those sharing words with the message first,
 * then the categories a recommendation needs (diet, allergy, size, likes), within a token budget
 * so the prompt stays bounded however much is remembered.
 */
public final class MemoryRanker {

    public static final int DEFAULT_TOKEN_BUDGET = 400;

    private static final Pattern ADVICE = Pattern.compile(
            "(?i)\\b(recommend\\w*|suggest\\w*|what should i|which (one|size)|gift|advice|buy|order|eat|wear)\\b|推荐|建议|买什么|吃什么|穿什么|送什么|哪个|适合");
    private static final Set<MemoryCategory> ADVICE_CATEGORIES = EnumSet.of(MemoryCategory.DIET, MemoryCategory.ALLERGY,
            MemoryCategory.HEALTH, MemoryCategory.SIZE, MemoryCategory.PREFERENCE, MemoryCategory.DISLIKE);

    private final int tokenBudget;

    public MemoryRanker(int tokenBudget) {
        this.tokenBudget = tokenBudget;
    }

    public List<Memory> select(List<Memory> memories, String message) {
        Set<String> asked = Terms.of(message);
        boolean advice = ADVICE.matcher(message).find();
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < memories.size(); i++) {
            Memory memory = memories.get(i);
            Set<String> terms = Terms.of(memory.statement() + " " + memory.value());
            long overlap = terms.stream().filter(asked::contains).count();
            double score = overlap * 2 + (advice && ADVICE_CATEGORIES.contains(memory.category()) ? 1 : 0);
            if (score > 0) {
                scored.add(new Scored(memory, score, i));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Comparator.comparingInt(Scored::order).reversed()));
        List<Memory> chosen = new ArrayList<>();
        int tokens = 0;
        for (Scored candidate : scored) {
            int cost = TokenEstimate.of(candidate.memory().statement()) + 4;
            if (tokens + cost > tokenBudget) {
                break;
            }
            chosen.add(candidate.memory());
            tokens += cost;
        }
        return chosen;
    }

    /** {@code order}: newer memories (later in the book) win ties. */
    private record Scored(Memory memory, double score, int order) {}
}
