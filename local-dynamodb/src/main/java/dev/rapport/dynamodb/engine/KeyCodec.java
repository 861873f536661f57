package dev.rapport.dynamodb.engine;

import dev.rapport.dynamodb.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Encodes key values as strings whose natural order is DynamoDB's key order, so the sorted maps
 * of the storage return a partition's items in sort-key order: strings and binaries as the hex of
 * their bytes (unsigned byte order), numbers as sign, biased exponent and digits.
 */
final class KeyCodec {

    /** Sorts below every character an encoding uses, so a partition's keys are contiguous. */
    static final char SEPARATOR = '!';

    static final char AFTER_SEPARATOR = '"';

    private static final HexFormat HEX = HexFormat.of();

    private KeyCodec() {}

    static String encode(Value value) {
        return switch (value) {
            case Value.S s -> HEX.formatHex(s.value().getBytes(StandardCharsets.UTF_8));
            case Value.B b -> HEX.formatHex(b.value());
            case Value.N n -> number(n.value());
            default -> throw new IllegalArgumentException("not a key type: " + value.type());
        };
    }

    private static String number(BigDecimal value) {
        if (value.signum() == 0) {
            return "1";
        }
        String digits = value.unscaledValue().abs().toString();
        // value = 0.digits x 10^exponent
        int exponent = digits.length() - value.scale();
        int biased = exponent + 500;
        if (value.signum() > 0) {
            return "2" + String.format("%04d", biased) + digits;
        }
        StringBuilder inverted = new StringBuilder("0").append(String.format("%04d", 9999 - biased));
        for (char c : digits.toCharArray()) {
            inverted.append((char) ('9' - c + '0'));
        }
        // ':' sorts after every digit, so a shorter negative mantissa (a larger number) sorts last.
        return inverted.append(':').toString();
    }
}
