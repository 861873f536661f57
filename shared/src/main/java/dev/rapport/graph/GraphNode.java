package dev.rapport.graph;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One entity of the graph, named in Chinese and English.
 *
 * @param kind one of {@link #KINDS}
 * @param attributes small facts as text (a product's watts, a material's {@code animal}, a node's
 *     {@code aliases} or a symptom's {@code keywords}, comma separated)
 */
public record GraphNode(
        String id,
        String kind,
        String nameZh,
        String nameEn,
        String descriptionZh,
        String descriptionEn,
        Map<String, String> attributes) {

    public static final String PRODUCT = "product";
    public static final String CATEGORY = "category";
    public static final String MATERIAL = "material";
    public static final String ACCESSORY = "accessory";
    public static final String POLICY = "policy";
    public static final String SYMPTOM = "symptom";
    public static final String CAUSE = "cause";
    public static final String FIX_STEP = "fix_step";
    public static final Set<String> KINDS =
            Set.of(PRODUCT, CATEGORY, MATERIAL, ACCESSORY, POLICY, SYMPTOM, CAUSE, FIX_STEP);

    public GraphNode {
        Objects.requireNonNull(id, "id");
        attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    /** What an edge keeps of this node, so one Query reads a node's neighbours by name. */
    public End end() {
        return new End(id, kind, nameZh, nameEn);
    }

    /** A node as seen from the other end of an edge. */
    public record End(String id, String kind, String nameZh, String nameEn) {

        public String name(boolean chinese) {
            return chinese ? nameZh : nameEn;
        }
    }
}
