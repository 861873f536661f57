package dev.rapport.model;

import java.util.Objects;

/** A tool the model may call; {@code inputSchemaJson} is a JSON Schema object. */
public record ToolSpec(String name, String description, String inputSchemaJson) {

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(inputSchemaJson, "inputSchemaJson");
    }
}
