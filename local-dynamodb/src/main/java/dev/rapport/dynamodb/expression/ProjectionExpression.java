package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A projection expression: the document paths a read returns. */
public final class ProjectionExpression {

    private final List<Path> paths;

    ProjectionExpression(List<Path> paths) {
        this.paths = List.copyOf(paths);
    }

    public static ProjectionExpression parse(String text, ExpressionContext context) {
        Parser parser = new Parser(text, "ProjectionExpression", context);
        List<Path> paths = new ArrayList<>();
        do {
            paths.add(parser.path());
        } while (parser.accept(Token.Kind.COMMA));
        parser.expectEnd();
        checkDistinct(paths, "Invalid ProjectionExpression: ");
        return new ProjectionExpression(paths);
    }

    /**
     * DynamoDB refuses paths where one contains the other, and paths that treat the same attribute
     * as both a map and a list.
     */
    static void checkDistinct(List<Path> paths, String prefix) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                Path one = paths.get(i);
                Path two = paths.get(j);
                if (one.overlaps(two)) {
                    throw DynamoDbException.validation(prefix + "Two document paths overlap with each other; "
                            + "must remove or rewrite one of these paths; path one: " + one + ", path two: " + two);
                }
                if (conflict(one, two)) {
                    throw DynamoDbException.validation(prefix + "Two document paths conflict with each other; "
                            + "must remove or rewrite one of these paths; path one: " + one + ", path two: " + two);
                }
            }
        }
    }

    private static boolean conflict(Path one, Path two) {
        List<Path.Element> a = one.elements();
        List<Path.Element> b = two.elements();
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            if (!a.get(k).equals(b.get(k))) {
                return a.get(k).getClass() != b.get(k).getClass();
            }
        }
        return false;
    }

    /** The item reduced to the projected paths (nested maps and list elements kept in their structure). */
    public Map<String, Value> apply(Map<String, Value> item) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Path path : paths) {
            Value value = Documents.get(item, path);
            if (value != null) {
                insert(tree, path.elements(), value);
            }
        }
        Map<String, Value> result = new LinkedHashMap<>();
        tree.forEach((name, node) -> result.put(name, build(node)));
        return result;
    }

    public Set<String> topLevelNames() {
        Set<String> names = new LinkedHashSet<>();
        paths.forEach(p -> names.add(p.topLevelName()));
        return names;
    }

    /**
     * Builds an intermediate tree: maps as {@code Map<String,Object>}, lists as
     * {@code TreeMap<Integer,Object>} (projected elements keep their order, gaps close up), leaves as values.
     */
    @SuppressWarnings("unchecked")
    private static void insert(Object container, List<Path.Element> rest, Value value) {
        Path.Element element = rest.get(0);
        boolean last = rest.size() == 1;
        Object key = element instanceof Path.Field f ? f.name() : ((Path.Index) element).index();
        Map<Object, Object> node = (Map<Object, Object>) container;
        if (last) {
            node.put(key, value);
            return;
        }
        Path.Element nextElement = rest.get(1);
        Object child = node.computeIfAbsent(
                key,
                k -> nextElement instanceof Path.Field
                        ? new LinkedHashMap<String, Object>()
                        : new TreeMap<Integer, Object>());
        insert(child, rest.subList(1, rest.size()), value);
    }

    @SuppressWarnings("unchecked")
    private static Value build(Object node) {
        if (node instanceof Value value) {
            return value;
        }
        if (node instanceof TreeMap<?, ?> list) {
            List<Value> values = new ArrayList<>();
            list.values().forEach(v -> values.add(build(v)));
            return new Value.L(values);
        }
        Map<String, Value> map = new LinkedHashMap<>();
        ((Map<String, Object>) node).forEach((k, v) -> map.put(k, build(v)));
        return new Value.M(map);
    }
}
