package dev.rapport.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads tool input fields leniently: the model may omit optional ones or send numbers as strings. */
public final class Inputs {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private Inputs() {}

    public static String text(JsonNode input, String field) {
        JsonNode value = input == null ? null : input.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    static BigDecimal decimal(JsonNode input, String field) {
        String text = text(input, field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An order id as customers write it ("#1042", "1042"); null when it cannot be one. */
    static String orderId(JsonNode input) {
        String text = text(input, "orderId");
        if (text == null) {
            return null;
        }
        String id = text.startsWith("#") ? text.substring(1) : text;
        return ORDER_ID.matcher(id).matches() ? id : null;
    }
}
