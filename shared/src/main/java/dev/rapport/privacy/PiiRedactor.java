package dev.rapport.privacy;

import dev.rapport.privacy.detect.PiiDetection;
import dev.rapport.privacy.detect.PiiSpan;
import dev.rapport.privacy.detect.PiiType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data with typed placeholders ({@code [PHONE_1]}) before anything is stored or
 * sent to the model. What counts as personal data, and how look-alikes (order numbers, prices,
 * tracking codes) are told apart, is in {@link dev.rapport.privacy.detect}.
 *
 * <p>{@link #redact(String)} numbers placeholders within one text. {@link #redact(String,
 * PlaceholderLedger)} numbers them across a conversation, through a ledger the caller keeps with
 * the session; that needs a redactor built with a {@link LedgerKey}.
 */
public final class PiiRedactor {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\[(EMAIL|PHONE|CN_ID|BANK_CARD|PASSPORT|ADDRESS|NAME|IM_ID)_(\\d{1,6})]");

    private final LedgerKey key;

    public PiiRedactor() {
        this.key = null;
    }

    public PiiRedactor(LedgerKey key) {
        this.key = Objects.requireNonNull(key);
    }

    /** The redacted text and how many distinct values of each type it had. */
    public record Redaction(String text, Map<String, Integer> counts) {

        public boolean changed() {
            return !counts.isEmpty();
        }
    }

    /** A redaction within a conversation: the text, its counts and the ledger to keep for the next turn. */
    public record SessionRedaction(
            String text, Map<String, Integer> counts, PlaceholderLedger ledger, Map<String, String> values) {

        public SessionRedaction {
            values = values == null ? Map.of() : Map.copyOf(values);
        }

        public SessionRedaction(String text, Map<String, Integer> counts, PlaceholderLedger ledger) {
            this(text, counts, ledger, Map.of());
        }

        public boolean changed() {
            return !counts.isEmpty();
        }
    }

    public Redaction redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redaction(text, Map.of());
        }
        List<PiiSpan> spans = PiiDetection.find(text);
        if (spans.isEmpty()) {
            return new Redaction(text, Map.of());
        }
        Map<String, String> labels = new HashMap<>();
        Map<PiiType, Integer> numbered = placeholdersAlreadyIn(text);
        Map<PiiType, Integer> distinct = new EnumMap<>(PiiType.class);
        String redacted = replace(
                text,
                spans,
                span -> labels.computeIfAbsent(span.type() + "\u0000" + span.value(), v -> {
                    distinct.merge(span.type(), 1, Integer::sum);
                    return label(span.type(), numbered.merge(span.type(), 1, Integer::sum));
                }));
        return new Redaction(redacted, counts(distinct));
    }

    public String apply(String text) {
        return redact(text).text();
    }

    /**
     * Redacts one turn of a conversation: a value the ledger already knows gets its placeholder
     * again, a new one the next number of its type. Returns the ledger to keep for the next turn.
     */
    public SessionRedaction redact(String text, PlaceholderLedger ledger) {
        if (key == null) {
            throw new IllegalStateException("conversation-wide placeholders need a PiiRedactor built with a LedgerKey");
        }
        return redact(text, ledger, key);
    }

    /** As {@link #redact(String, PlaceholderLedger)}, with the conversation's own key. */
    public SessionRedaction redact(String text, PlaceholderLedger ledger, LedgerKey key) {
        Objects.requireNonNull(key, "key");
        PlaceholderLedger known = ledger == null ? PlaceholderLedger.empty() : ledger;
        List<PiiSpan> spans = text == null || text.isEmpty() ? List.of() : PiiDetection.find(text);
        if (spans.isEmpty()) {
            return new SessionRedaction(text, Map.of(), known);
        }
        Map<String, String> added = new LinkedHashMap<>();
        Map<PiiType, Integer> numbered = placeholdersAlreadyIn(text);
        for (PiiType type : PiiType.values()) {
            numbered.merge(type, known.count(type), Math::max);
        }
        Map<String, PiiType> seen = new HashMap<>();
        // The values as written, by placeholder: only for the session vault, never stored in clear.
        Map<String, String> values = new HashMap<>();
        String redacted = replace(text, spans, span -> {
            String fingerprint = key.fingerprint(span.type(), span.value());
            seen.put(fingerprint, span.type());
            String label = known.placeholder(fingerprint)
                    .orElseGet(() -> added.computeIfAbsent(
                            fingerprint, f -> label(span.type(), numbered.merge(span.type(), 1, Integer::sum))));
            values.put(label, text.substring(span.start(), span.end()));
            return label;
        });
        Map<PiiType, Integer> distinct = new EnumMap<>(PiiType.class);
        seen.values().forEach(type -> distinct.merge(type, 1, Integer::sum));
        return new SessionRedaction(redacted, counts(distinct), known.with(added), values);
    }

    /** Where the personal data is, without replacing it (for evaluation and diagnostics). */
    public List<PiiSpan> detect(String text) {
        return text == null || text.isEmpty() ? List.of() : PiiDetection.find(text);
    }

    private interface Labeller {
        String labelFor(PiiSpan span);
    }

    private static String replace(String text, List<PiiSpan> spans, Labeller labeller) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (PiiSpan span : spans) {
            out.append(text, at, span.start())
                    .append('[')
                    .append(labeller.labelFor(span))
                    .append(']');
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * A text redacted before (a model reply echoing "[PHONE_1]") keeps its placeholders; new values
     * are numbered after them so two different numbers never share one.
     */
    private static Map<PiiType, Integer> placeholdersAlreadyIn(String text) {
        Map<PiiType, Integer> highest = new EnumMap<>(PiiType.class);
        if (text.indexOf('[') < 0) {
            return highest;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            highest.merge(PiiType.valueOf(m.group(1)), Integer.parseInt(m.group(2)), Math::max);
        }
        return highest;
    }

    private static String label(PiiType type, int number) {
        return type.name() + "_" + number;
    }

    private static Map<String, Integer> counts(Map<PiiType, Integer> byType) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byType.forEach((type, n) -> counts.put(type.name(), n));
        return Map.copyOf(counts);
    }
}
