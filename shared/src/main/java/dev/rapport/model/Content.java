package dev.rapport.model;

import java.util.Objects;

/** One block of a message, mirroring Converse's content blocks. */
public sealed interface Content {

    record Text(String text) implements Content {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Image bytes already validated and stripped of metadata; {@code format} is jpeg, png, webp or gif. */
    record Image(String format, byte[] bytes) implements Content {
        public Image {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** The model asks for a tool; {@code inputJson} is the tool's JSON input object. */
    record ToolUse(String toolUseId, String name, String inputJson) implements Content {
        public ToolUse {
            Objects.requireNonNull(toolUseId, "toolUseId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(inputJson, "inputJson");
        }
    }

    /** What a tool returned, sent back in a user message. */
    record ToolResult(String toolUseId, String text, boolean error) implements Content {
        public ToolResult {
            Objects.requireNonNull(toolUseId, "toolUseId");
            Objects.requireNonNull(text, "text");
        }
    }

    static Content text(String text) {
        return new Text(text);
    }
}
