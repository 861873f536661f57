package dev.rapport.tools.account;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.settings.SettingsUpdate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The consent switches a chat can turn, their names as the customer reads them, and the update they make. */
final class SettingChanges {

    static final String MEMORY = "memoryEnabled";
    static final String SENSITIVE = "sensitiveMemoryAllowed";
    static final String MARKETING = "marketingOptIn";
    static final String[] SWITCHES = {MEMORY, SENSITIVE, MARKETING};

    private SettingChanges() {}

    /** A switch as the model sent it (true, "true", "false"); null when absent or not a yes/no. */
    static Boolean flag(JsonNode input, String field) {
        JsonNode value = input == null ? null : input.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return switch (value.asText().strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The update that switches on exactly the given switches and touches nothing else. */
    static SettingsUpdate switchingOn(Collection<String> on) {
        return new SettingsUpdate(
                on.contains(MEMORY) ? true : null,
                on.contains(SENSITIVE) ? true : null,
                on.contains(MARKETING) ? true : null,
                null,
                null,
                null);
    }

    static String label(String field, boolean chinese) {
        return switch (field) {
            case MEMORY -> chinese ? "记忆（记住您告诉我的偏好）" : "memory (remembering what you tell me)";
            case SENSITIVE -> chinese ? "记住敏感信息（如健康状况）" : "keeping sensitive facts such as health";
            case MARKETING -> chinese ? "接收营销消息" : "marketing messages";
            default -> field;
        };
    }

    static String labels(Collection<String> fields, boolean chinese) {
        return String.join(
                chinese ? "、" : ", ",
                fields.stream().map(f -> label(f, chinese)).toList());
    }

    static Map<String, Boolean> ordered() {
        return new LinkedHashMap<>();
    }
}
