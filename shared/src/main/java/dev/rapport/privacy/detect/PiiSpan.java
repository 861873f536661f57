package dev.rapport.privacy.detect;

import java.util.Objects;

/**
 * One piece of personal data found in a text: where it is ({@code [start, end)} in UTF-16 units)
 * and its normalized value, so that "138 1234 5678" and "+86 13812345678" count as one number.
 */
public record PiiSpan(PiiType type, int start, int end, String value) {

    public PiiSpan {
        Objects.requireNonNull(type);
        Objects.requireNonNull(value);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span");
        }
    }

    public int length() {
        return end - start;
    }

    /** Only the type and position: the value is personal data and must not reach a log line. */
    @Override
    public String toString() {
        return type + "[" + start + "," + end + ")";
    }
}
