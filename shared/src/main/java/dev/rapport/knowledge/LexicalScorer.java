package dev.rapport.knowledge;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word overlap weighted by rarity (inverse document frequency) over the whole store, on the terms of
 * {@link dev.rapport.text.Terms}: English words, Chinese character bigrams. A term the store never
 * uses weighs most, so a question about something the business does not cover scores low.
 */
final class LexicalScorer {

    private final Map<String, Double> idf = new HashMap<>();
    private final double unseen;

    LexicalScorer(List<? extends Collection<String>> entries) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Collection<String> terms : entries) {
            for (String term : Set.copyOf(terms)) {
                frequency.merge(term, 1, Integer::sum);
            }
        }
        int n = entries.size();
        frequency.forEach((term, df) -> idf.put(term, Math.log(1 + (n - df + 0.5) / (df + 0.5))));
        this.unseen = Math.log(1 + (n + 0.5) / 0.5);
    }

    double weight(String term) {
        return idf.getOrDefault(term, unseen);
    }

    double weight(Collection<String> terms) {
        double sum = 0;
        for (String term : terms) {
            sum += weight(term);
        }
        return sum;
    }

    /** Weighted Dice overlap: 1 only when both say exactly the same terms — a short FAQ phrasing against a question. */
    double dice(Set<String> question, Set<String> phrasing) {
        double total = weight(question) + weight(phrasing);
        return total == 0 ? 0 : 2 * common(question, phrasing) / total;
    }

    /** Share of the question's weight the text covers — a long passage against a short question. */
    double coverage(Set<String> question, Set<String> text) {
        double total = weight(question);
        return total == 0 ? 0 : common(question, text) / total;
    }

    private double common(Set<String> question, Set<String> other) {
        double sum = 0;
        for (String term : question) {
            if (other.contains(term)) {
                sum += weight(term);
            }
        }
        return sum;
    }
}
