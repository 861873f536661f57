package dev.rapport.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;

/** A document path: a top-level attribute name followed by map keys and list indexes. */
record Path(List<Element> elements) {

    sealed interface Element permits Field, Index {}

    record Field(String name) implements Element {
        @Override
        public String toString() {
            return name;
        }
    }

    record Index(int index) implements Element {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    Path {
        elements = List.copyOf(elements);
    }

    String topLevelName() {
        return ((Field) elements.get(0)).name();
    }

    boolean isTopLevel() {
        return elements.size() == 1;
    }

    Path parent() {
        return new Path(elements.subList(0, elements.size() - 1));
    }

    Element last() {
        return elements.get(elements.size() - 1);
    }

    Path child(Element element) {
        List<Element> longer = new ArrayList<>(elements);
        longer.add(element);
        return new Path(longer);
    }

    /** Whether one path is this path or lies inside it, or the other way round. */
    boolean overlaps(Path other) {
        int common = Math.min(elements.size(), other.elements.size());
        return elements.subList(0, common).equals(other.elements.subList(0, common));
    }

    /** DynamoDB's rendering in overlap messages: {@code [a, b, [2]]}. */
    @Override
    public String toString() {
        return elements.toString();
    }
}
