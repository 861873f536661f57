package dev.rapport.graph;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A typed, directed fact between two nodes: {@code from kind to}, at most one per triple.
 *
 * @param attributes small facts of the edge as text (a charger's {@code watts}, a cause's {@code
 *     rank}, a fix's {@code step})
 */
public record GraphEdge(
        String from, String kind, String to, String noteZh, String noteEn, Map<String, String> attributes) {

    public static final String COMPATIBLE_WITH = "compatible_with";
    public static final String ACCESSORY_OF = "accessory_of";
    public static final String ALTERNATIVE_TO = "alternative_to";
    public static final String MADE_OF = "made_of";
    public static final String BELONGS_TO = "belongs_to";
    public static final String COVERED_BY = "covered_by";
    public static final String HAS_SYMPTOM = "has_symptom";
    public static final String CAUSED_BY = "caused_by";
    public static final String FIXED_BY = "fixed_by";
    public static final Set<String> KINDS = Set.of(
            COMPATIBLE_WITH,
            ACCESSORY_OF,
            ALTERNATIVE_TO,
            MADE_OF,
            BELONGS_TO,
            COVERED_BY,
            HAS_SYMPTOM,
            CAUSED_BY,
            FIXED_BY);

    /** Kinds that hold both ways: stored at both ends, so either end reads them in its one Query. */
    public static final Set<String> SYMMETRIC = Set.of(COMPATIBLE_WITH, ALTERNATIVE_TO);

    public GraphEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
    }

    public static GraphEdge of(String from, String kind, String to) {
        return new GraphEdge(from, kind, to, null, null, Map.of());
    }

    /** {@code from:kind:to}, the id answers cite. */
    public String id() {
        return id(from, kind, to);
    }

    public static String id(String from, String kind, String to) {
        return from + ":" + kind + ":" + to;
    }

    public boolean symmetric() {
        return SYMMETRIC.contains(kind);
    }

    public String note(boolean chinese) {
        String note = chinese ? noteZh : noteEn;
        return note == null ? "" : note;
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }
}
