package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and copy-on-write editing of document paths in items; values themselves are immutable. */
final class Documents {

    private Documents() {}

    static DynamoDbException missingAttribute() {
        return DynamoDbException.validation(
                "The provided expression refers to an attribute that does not exist in the item");
    }

    static DynamoDbException invalidPathForUpdate() {
        return DynamoDbException.validation(
                "The document path provided in the update expression is invalid for update");
    }

    /** The value at a path, or null when the path does not resolve (missing, or wrong container type). */
    static Value get(Map<String, Value> item, Path path) {
        Value current = item.get(path.topLevelName());
        for (Path.Element element : path.elements().subList(1, path.elements().size())) {
            if (current == null) {
                return null;
            }
            current = child(current, element);
        }
        return current;
    }

    static Value child(Value container, Path.Element element) {
        if (element instanceof Path.Field field && container instanceof Value.M map) {
            return map.values().get(field.name());
        }
        if (element instanceof Path.Index index && container instanceof Value.L list) {
            return index.index() < list.values().size() ? list.values().get(index.index()) : null;
        }
        return null;
    }

    /**
     * A copy of the item with the path set; every container on the way must exist. Setting a list
     * index past the end appends, as DynamoDB does.
     */
    static Map<String, Value> set(Map<String, Value> item, Path path, Value value) {
        Map<String, Value> copy = new LinkedHashMap<>(item);
        String top = path.topLevelName();
        if (path.isTopLevel()) {
            copy.put(top, value);
            return copy;
        }
        Value current = item.get(top);
        if (current == null) {
            throw missingAttribute();
        }
        copy.put(top, setIn(current, path.elements().subList(1, path.elements().size()), value));
        return copy;
    }

    private static Value setIn(Value container, List<Path.Element> rest, Value value) {
        Path.Element element = rest.get(0);
        boolean last = rest.size() == 1;
        if (element instanceof Path.Field field) {
            if (!(container instanceof Value.M map)) {
                throw invalidPathForUpdate();
            }
            Map<String, Value> copy = new LinkedHashMap<>(map.values());
            copy.put(
                    field.name(),
                    last ? value : setIn(existing(copy.get(field.name())), rest.subList(1, rest.size()), value));
            return new Value.M(copy);
        }
        int index = ((Path.Index) element).index();
        if (!(container instanceof Value.L list)) {
            throw invalidPathForUpdate();
        }
        List<Value> copy = new ArrayList<>(list.values());
        if (last) {
            if (index < copy.size()) {
                copy.set(index, value);
            } else {
                copy.add(value);
            }
        } else {
            Value child = index < copy.size() ? copy.get(index) : null;
            copy.set(index, setIn(existing(child), rest.subList(1, rest.size()), value));
        }
        return new Value.L(copy);
    }

    private static Value existing(Value value) {
        if (value == null) {
            throw missingAttribute();
        }
        return value;
    }

    /** A copy of the item without the path; removing something absent changes nothing. */
    static Map<String, Value> remove(Map<String, Value> item, Path path) {
        Map<String, Value> copy = new LinkedHashMap<>(item);
        String top = path.topLevelName();
        if (path.isTopLevel()) {
            copy.remove(top);
            return copy;
        }
        Value current = item.get(top);
        if (current != null) {
            copy.put(
                    top,
                    removeIn(current, path.elements().subList(1, path.elements().size())));
        }
        return copy;
    }

    private static Value removeIn(Value container, List<Path.Element> rest) {
        Path.Element element = rest.get(0);
        boolean last = rest.size() == 1;
        if (element instanceof Path.Field field) {
            if (!(container instanceof Value.M map)) {
                throw invalidPathForUpdate();
            }
            Value child = map.values().get(field.name());
            if (child == null) {
                return container;
            }
            Map<String, Value> copy = new LinkedHashMap<>(map.values());
            if (last) {
                copy.remove(field.name());
            } else {
                copy.put(field.name(), removeIn(child, rest.subList(1, rest.size())));
            }
            return new Value.M(copy);
        }
        int index = ((Path.Index) element).index();
        if (!(container instanceof Value.L list)) {
            throw invalidPathForUpdate();
        }
        if (index >= list.values().size()) {
            return container;
        }
        List<Value> copy = new ArrayList<>(list.values());
        if (last) {
            copy.remove(index);
        } else {
            copy.set(index, removeIn(copy.get(index), rest.subList(1, rest.size())));
        }
        return new Value.L(copy);
    }
}
