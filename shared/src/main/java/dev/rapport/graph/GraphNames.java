package dev.rapport.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name index: which node a question speaks of, by its longest name, alias or id found in the
 * words (spaces and case ignored), so "极光X1" and "the Aurora X1 phone" both find PH-AURORA-X1.
 */
public final class GraphNames {

    /** What a question can be about: a category ("手机", "chargers") names a kind of thing, not one. */
    public static final Set<String> SUBJECTS = Set.of(
            GraphNode.PRODUCT,
            GraphNode.ACCESSORY,
            GraphNode.MATERIAL,
            GraphNode.POLICY,
            GraphNode.SYMPTOM,
            GraphNode.CAUSE,
            GraphNode.FIX_STEP);

    private static final int MIN_KEY = 3;
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Punct}（）「」，。？！、]+");
    /** Generic trailing words a customer leaves out: "the Aurora X1", "云端 12". */
    private static final Pattern GENERIC =
            Pattern.compile("(?i)\\s*(?:phone|earbuds|smartwatch|watch|over-ear headphones|headphones|手机|智能手表|头戴式耳机)$");

    private final Map<String, GraphNode> byKey = new LinkedHashMap<>();
    private final List<GraphNode> symptoms = new ArrayList<>();
    private final List<GraphNode> animal = new ArrayList<>();
    private final List<GraphNode> materials = new ArrayList<>();

    public GraphNames(List<GraphNode> nodes) {
        // Full names first, so a short form never displaces the node whose full name it is.
        for (GraphNode node : nodes) {
            keys(node, false).forEach(k -> byKey.putIfAbsent(k, node));
            if (node.kind().equals(GraphNode.SYMPTOM)) {
                symptoms.add(node);
            }
            if (node.kind().equals(GraphNode.MATERIAL)) {
                materials.add(node);
                if (node.attribute("animal").equals("yes")) {
                    animal.add(node);
                }
            }
        }
        for (GraphNode node : nodes) {
            keys(node, true).forEach(k -> byKey.putIfAbsent(k, node));
        }
    }

    /** The node with the longest key the text holds, of one of these kinds (any kind when empty). */
    public Optional<GraphNode> find(String text, Set<String> kinds) {
        String words = normal(text);
        return byKey.entrySet().stream()
                .filter(e -> kinds.isEmpty() || kinds.contains(e.getValue().kind()))
                .filter(e -> words.contains(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** The symptom of these candidates whose keywords the text holds most of, if any does. */
    public Optional<GraphNode> symptom(String text, List<GraphNode> candidates) {
        String words = normal(text);
        GraphNode best = null;
        int bestScore = 0;
        for (GraphNode symptom : candidates) {
            int score = 0;
            for (String keyword : symptom.attribute("keywords").split(",")) {
                String key = normal(keyword);
                if (!key.isEmpty() && words.contains(key)) {
                    score += key.length();
                }
            }
            if (score > bestScore) {
                best = symptom;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    public List<GraphNode> symptoms() {
        return List.copyOf(symptoms);
    }

    /**
     * The material these words name; failing that, every material one of whose names holds them
     * ("down" is duck and goose down, while "leather" is not synthetic leather).
     */
    public List<GraphNode> materials(String words) {
        String wanted = normal(words);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<GraphNode> named =
                materials.stream().filter(m -> keys(m, false).contains(wanted)).toList();
        return !named.isEmpty()
                ? named
                : materials.stream()
                        .filter(m -> keys(m, false).stream().anyMatch(k -> k.contains(wanted)))
                        .toList();
    }

    /** The materials marked as animal products. */
    public List<GraphNode> animalMaterials() {
        return List.copyOf(animal);
    }

    private static List<String> keys(GraphNode node, boolean shortForms) {
        List<String> names = new ArrayList<>();
        if (shortForms) {
            for (String name : List.of(node.nameZh(), node.nameEn())) {
                String trimmed = GENERIC.matcher(name).replaceAll("");
                if (!trimmed.equals(name)) {
                    names.add(trimmed);
                }
            }
        } else {
            names.add(node.id());
            names.add(node.nameZh());
            names.add(node.nameEn());
            names.addAll(List.of(node.attribute("aliases").split(",")));
        }
        return names.stream()
                .map(GraphNames::normal)
                .filter(k ->
                        k.length() >= MIN_KEY || k.codePoints().anyMatch(Character::isIdeographic) && k.length() >= 2)
                .toList();
    }

    static String normal(String text) {
        return SPACE.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
