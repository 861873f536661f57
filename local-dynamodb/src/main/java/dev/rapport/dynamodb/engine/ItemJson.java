package dev.rapport.dynamodb.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.dynamodb.value.Value;
import dev.rapport.dynamodb.value.ValueJson;
import java.io.UncheckedIOException;
import java.util.Map;

/** Items as the storage keeps them: DynamoDB's own JSON form, as text. */
public final class ItemJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ItemJson() {}

    static String write(Map<String, Value> item) {
        return ValueJson.toJson(item).toString();
    }

    static Map<String, Value> read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ValueJson.item(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored item is not valid JSON", e);
        }
    }
}
