package dev.rapport.privacy;

import dev.rapport.privacy.detect.PiiType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which placeholder each personal value got in one conversation, so a phone number given in turn 1
 * and again in turn 7 is {@code [PHONE_1]} both times. It holds keyed fingerprints
 * ({@link LedgerKey}) of the values, never the values, so it can be stored with the session.
 *
 * @param placeholders fingerprint → placeholder label without brackets ({@code PHONE_1})
 */
public record PlaceholderLedger(Map<String, String> placeholders) {

    private static final PlaceholderLedger EMPTY = new PlaceholderLedger(Map.of());

    public PlaceholderLedger {
        placeholders = placeholders == null ? Map.of() : Map.copyOf(placeholders);
    }

    public static PlaceholderLedger empty() {
        return EMPTY;
    }

    Optional<String> placeholder(String fingerprint) {
        return Optional.ofNullable(placeholders.get(fingerprint));
    }

    /** How many values of this type the conversation has had: the next one is numbered after them. */
    int count(PiiType type) {
        String prefix = type.name() + "_";
        int n = 0;
        for (String label : placeholders.values()) {
            if (label.startsWith(prefix) && Character.isDigit(label.charAt(prefix.length()))) {
                n++;
            }
        }
        return n;
    }

    PlaceholderLedger with(Map<String, String> added) {
        if (added.isEmpty()) {
            return this;
        }
        Map<String, String> all = new HashMap<>(placeholders);
        all.putAll(added);
        return new PlaceholderLedger(all);
    }

    /** This ledger plus what {@code other} knows and this one does not (a concurrent turn's values). */
    public PlaceholderLedger merge(PlaceholderLedger other) {
        Map<String, String> added = new HashMap<>(other.placeholders);
        added.keySet().removeAll(placeholders.keySet());
        return with(added);
    }

    public int size() {
        return placeholders.size();
    }
}
