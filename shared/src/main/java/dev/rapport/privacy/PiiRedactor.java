package dev.rapport.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data with typed placeholders ({@code [PHONE_1]}) before anything is stored or
 * sent to the model. The same value gets the same placeholder within one text. Checksum-bearing
 * types (CN resident id, bank card) are validated so order numbers and prices survive.
 */
public final class PiiRedactor {

    private record Detector(String type, Pattern pattern, Predicate<String> valid) {}

    private static final List<Detector> DETECTORS = List.of(
            new Detector("EMAIL",
                    Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
                    v -> true),
            new Detector("CN_ID",
                    Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])"
                            + "(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])"),
                    Checksums::isResidentId),
            new Detector("BANK_CARD",
                    Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])"),
                    v -> Checksums.isLuhn(v.replaceAll("[ -]", ""))),
            new Detector("PHONE",
                    Pattern.compile("(?<![\\d+])(?:(?:\\+|00)86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?!\\d)"),
                    v -> true),
            new Detector("PHONE",
                    Pattern.compile("(?<![\\w+])(?:\\+|00)[1-9]\\d{0,2}[ -]?\\(?\\d{1,4}\\)?(?:[ -]?\\d{2,4}){2,4}(?!\\d)"),
                    v -> v.replaceAll("\\D", "").length() >= 8),
            new Detector("PHONE",
                    Pattern.compile("(?<!\\d)0\\d{2,3}-\\d{7,8}(?!\\d)"),
                    v -> true));

    /** The redacted text and how many values of each type were replaced. */
    public record Redaction(String text, Map<String, Integer> counts) {

        public boolean changed() {
            return !counts.isEmpty();
        }
    }

    public Redaction redact(String text) {
        Map<String, String> placeholders = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        String result = text;
        for (Detector detector : DETECTORS) {
            result = replace(result, detector, placeholders, counts);
        }
        return new Redaction(result, Map.copyOf(counts));
    }

    public String apply(String text) {
        return redact(text).text();
    }

    private static String replace(String text, Detector detector,
                                  Map<String, String> placeholders, Map<String, Integer> counts) {
        Matcher matcher = detector.pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> seen = new ArrayList<>();
        while (matcher.find()) {
            String value = matcher.group();
            if (!detector.valid().test(value)) {
                continue;
            }
            String placeholder = placeholders.computeIfAbsent(value, v -> {
                int n = counts.merge(detector.type(), 1, Integer::sum);
                return "[" + detector.type() + "_" + n + "]";
            });
            seen.add(value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(placeholder));
        }
        if (seen.isEmpty()) {
            return text;
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
