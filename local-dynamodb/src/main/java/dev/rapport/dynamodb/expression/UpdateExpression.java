package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An update expression (SET, REMOVE, ADD, DELETE clauses), parsed once and applied to items. */
public final class UpdateExpression {

    private final List<UpdateAction> actions;

    private UpdateExpression(List<UpdateAction> actions) {
        this.actions = List.copyOf(actions);
    }

    public static UpdateExpression parse(String text, ExpressionContext context) {
        return new UpdateExpression(new UpdateParser(text, context).parseAll());
    }

    /**
     * The new item; the given one (an empty map when absent) is not changed. Every operand is read
     * from the original item before anything is written, as DynamoDB does, so {@code SET a = b, b = a}
     * swaps.
     */
    public Map<String, Value> apply(Map<String, Value> item) {
        Map<String, Value> original = item == null ? Map.of() : item;
        List<Write> writes = new ArrayList<>();
        List<Path> removals = new ArrayList<>();
        for (UpdateAction action : actions) {
            switch (action) {
                case UpdateAction.Set set -> writes.add(new Write(set.path(), Operand.required(set.value(), original)));
                case UpdateAction.Remove remove -> removals.add(remove.path());
                case UpdateAction.Add add ->
                    writes.add(
                            new Write(add.path(), SetArithmetic.add(Documents.get(original, add.path()), add.value())));
                case UpdateAction.Delete delete -> {
                    Value current = Documents.get(original, delete.path());
                    if (current != null) {
                        Value rest = SetArithmetic.delete(current, delete.value());
                        if (rest == null) {
                            removals.add(delete.path());
                        } else {
                            writes.add(new Write(delete.path(), rest));
                        }
                    }
                }
            }
        }
        Map<String, Value> result = new LinkedHashMap<>(original);
        for (Write write : writes) {
            result = Documents.set(result, write.path(), write.value());
        }
        // Removing higher list indexes first keeps the lower ones pointing at their original elements.
        removals.sort(UpdateExpression::highIndexesFirst);
        for (Path path : removals) {
            result = Documents.remove(result, path);
        }
        return result;
    }

    private record Write(Path path, Value value) {}

    private static int highIndexesFirst(Path a, Path b) {
        List<Path.Element> x = a.elements();
        List<Path.Element> y = b.elements();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            Path.Element p = x.get(i);
            Path.Element q = y.get(i);
            if (p.equals(q)) {
                continue;
            }
            if (p instanceof Path.Index i1 && q instanceof Path.Index i2) {
                return Integer.compare(i2.index(), i1.index());
            }
            return Comparator.<String>naturalOrder().compare(p.toString(), q.toString());
        }
        return Integer.compare(x.size(), y.size());
    }

    /** The top-level attribute names this update writes or removes (key attributes may not be among them). */
    public Set<String> topLevelNames() {
        Set<String> names = new LinkedHashSet<>();
        actions.forEach(a -> names.add(a.path().topLevelName()));
        return names;
    }

    /** The paths this update touches, as a projection, for {@code ReturnValues=UPDATED_OLD|UPDATED_NEW}. */
    public ProjectionExpression updatedPaths() {
        return new ProjectionExpression(actions.stream().map(UpdateAction::path).toList());
    }
}
