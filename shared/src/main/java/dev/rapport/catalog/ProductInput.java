package dev.rapport.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.problem.ProblemException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A product as an admin (or the bulk importer) sends it, checked field by field: anything wrong is a
 * 400 naming the field, before anything is written.
 */
public final class ProductInput {

    public static final Pattern SKU = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    static final int MAX_NAME = 200;
    static final int MAX_LIST = 20;
    static final int MAX_SPECS = 50;
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z-]{0,39}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern SPEC_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,59}(@[A-Z]{2})?");
    private static final Set<String> FIELDS = Set.of(
            "kind", "sku", "nameZh", "nameEn", "category", "colours", "sizes", "price", "currency", "specs", "stock");

    private ProductInput() {}

    public static Product read(String sku, JsonNode body) {
        if (sku == null || !SKU.matcher(sku).matches()) {
            throw bad("invalid-sku", "The SKU must be 1-40 letters, digits, '-' or '_'.");
        }
        for (String field : (Iterable<String>) body::fieldNames) {
            if (!FIELDS.contains(field)) {
                throw bad("unknown-field", "'" + field + "' is not a product field.");
            }
        }
        if (body.has("kind") && !"product".equals(body.get("kind").asText())) {
            throw bad("invalid-kind", "'kind' must be \"product\" when given.");
        }
        if (body.has("sku") && !sku.equals(body.get("sku").asText())) {
            throw bad("sku-mismatch", "The body's 'sku' must match the SKU in the path.");
        }
        return new Product(
                sku,
                name(body, "nameZh"),
                name(body, "nameEn"),
                category(body),
                strings(body, "colours"),
                strings(body, "sizes"),
                price(body),
                currency(body),
                specs(body),
                stock(body));
    }

    private static String name(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw bad("missing-field", "'" + field + "' is required and must be a non-empty string.");
        }
        if (value.asText().length() > MAX_NAME) {
            throw bad("invalid-field", "'" + field + "' is limited to " + MAX_NAME + " characters.");
        }
        return value.asText().strip();
    }

    private static String category(JsonNode body) {
        JsonNode value = body.get("category");
        if (value == null
                || !value.isTextual()
                || !CATEGORY.matcher(value.asText()).matches()) {
            throw bad(
                    "invalid-category", "'category' is required: lower-case letters and '-', such as phone or jacket.");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > MAX_LIST) {
            throw bad("invalid-field", "'" + field + "' must be an array of at most " + MAX_LIST + " strings.");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > 40) {
                throw bad(
                        "invalid-field",
                        "Each of '" + field + "' must be a non-empty string of at most 40 characters.");
            }
            if (values.contains(item.asText())) {
                throw bad("duplicate-value", "'" + field + "' lists '" + item.asText() + "' twice.");
            }
            values.add(item.asText());
        }
        return values;
    }

    private static BigDecimal price(JsonNode body) {
        JsonNode value = body.get("price");
        if (value == null || !(value.isNumber() || value.isTextual())) {
            throw bad("invalid-price", "'price' is required: a positive amount such as 1999.00.");
        }
        BigDecimal price;
        try {
            price = new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw bad("invalid-price", "'price' must be a number such as 1999.00.");
        }
        if (price.signum() <= 0
                || price.compareTo(MAX_PRICE) > 0
                || price.stripTrailingZeros().scale() > 2) {
            throw bad(
                    "invalid-price",
                    "'price' must be above 0, at most " + MAX_PRICE.toPlainString() + ", with at most 2 decimals.");
        }
        return price;
    }

    private static String currency(JsonNode body) {
        JsonNode value = body.get("currency");
        if (value == null
                || !value.isTextual()
                || !CURRENCY.matcher(value.asText()).matches()) {
            throw bad("invalid-currency", "'currency' is required: an ISO 4217 code such as CNY or USD.");
        }
        return value.asText();
    }

    private static Map<String, String> specs(JsonNode body) {
        JsonNode value = body.get("specs");
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject() || value.size() > MAX_SPECS) {
            throw bad("invalid-specs", "'specs' must be an object of at most " + MAX_SPECS + " figures.");
        }
        Map<String, String> specs = new LinkedHashMap<>();
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
            JsonNode figure = entry.getValue();
            if (!SPEC_NAME.matcher(entry.getKey()).matches()
                    || !(figure.isTextual() || figure.isNumber())
                    || figure.asText().length() > 200) {
                throw bad(
                        "invalid-specs",
                        "Spec '" + entry.getKey() + "' must be a name such as batteryHoursMixed "
                                + "(optionally @CN for a region) with a text or number value.");
            }
            specs.put(entry.getKey(), figure.asText());
        }
        return specs;
    }

    private static int stock(JsonNode body) {
        JsonNode value = body.get("stock");
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw bad("invalid-stock", "'stock' must be a whole number of 0 or more.");
        }
        return value.asInt();
    }

    private static ProblemException bad(String slug, String detail) {
        return ProblemException.badRequest(slug, detail);
    }
}
