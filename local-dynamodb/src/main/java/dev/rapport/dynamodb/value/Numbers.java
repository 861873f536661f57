package dev.rapport.dynamodb.value;

import dev.rapport.dynamodb.DynamoDbException;
import java.math.BigDecimal;

/** DynamoDB's number rules: up to 38 significant digits, magnitudes from 1E-130 to below 1E+126. */
public final class Numbers {

    private static final BigDecimal MAX = new BigDecimal("1E+126");
    private static final BigDecimal MIN = new BigDecimal("1E-130");

    private Numbers() {}

    static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? BigDecimal.ZERO : stripped;
    }

    /** Parses a number as DynamoDB accepts it, or throws DynamoDB's ValidationException. */
    public static BigDecimal parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw DynamoDbException.validation("The parameter cannot be converted to a numeric value: " + text);
        }
        return checked(value);
    }

    /** Checks precision and range, as DynamoDB does for stored and computed numbers. */
    public static BigDecimal checked(BigDecimal value) {
        BigDecimal normalised = normalise(value);
        if (normalised.precision() > 38) {
            throw DynamoDbException.validation("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal magnitude = normalised.abs();
        if (magnitude.compareTo(MAX) >= 0) {
            throw DynamoDbException.validation(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (magnitude.signum() != 0 && magnitude.compareTo(MIN) < 0) {
            throw DynamoDbException.validation(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return normalised;
    }
}
