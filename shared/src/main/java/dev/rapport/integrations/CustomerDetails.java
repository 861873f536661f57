package dev.rapport.integrations;

import static dev.rapport.integrations.BusinessEventReader.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.campaigns.SegmentRules;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The details of {@code CustomerUpdated}: the CRM's marketing attributes. The display name is read
 * past and never kept (a name is personal data; greetings use the profile name the customer chose),
 * and of a birthday only the month and day are kept.
 */
final class CustomerDetails {

    private CustomerDetails() {}

    static final int MAX_SEGMENTS = 20;
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private static final Pattern BIRTHDAY = Pattern.compile("(\\d{4}|-)-(\\d{2})-(\\d{2})");

    static BusinessEvent.CustomerUpdated updated(BusinessEventReader.Envelope envelope) {
        JsonNode detail = envelope.detail();
        MonthDay birthday = birthday(detail);
        JsonNode consent = detail.path("marketingConsent");
        if (!consent.isMissingNode() && !consent.isBoolean()) {
            throw new RejectedEventException("detail.marketingConsent must be true or false");
        }
        return new BusinessEvent.CustomerUpdated(
                envelope.id(),
                envelope.customerHash(),
                envelope.version(),
                matching(detail, "region", REGION, "an ISO 3166 country code such as CN"),
                matching(detail, "locale", LOCALE, "a BCP 47 tag such as zh-CN"),
                segments(detail.path("segments")),
                birthday == null ? null : birthday.getMonthValue(),
                birthday == null ? null : birthday.getDayOfMonth(),
                consent.isBoolean() ? consent.asBoolean() : null);
    }

    private static String matching(JsonNode detail, String field, Pattern pattern, String what) {
        String value = text(detail, field);
        if (value != null && !pattern.matcher(value).matches()) {
            throw new RejectedEventException("detail." + field + " must be " + what);
        }
        return value;
    }

    private static List<String> segments(JsonNode segments) {
        if (segments.isMissingNode() || segments.isNull()) {
            return null;
        }
        if (!segments.isArray() || segments.size() > MAX_SEGMENTS) {
            throw new RejectedEventException("detail.segments must be a list of at most " + MAX_SEGMENTS + " tags");
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode segment : segments) {
            String tag = segment.isTextual() ? segment.asText().toLowerCase(Locale.ROOT) : "";
            if (!SEGMENT.matcher(tag).matches()) {
                throw new RejectedEventException(
                        "each segment is 1-32 of a-z 0-9 _ -, starting with a letter or digit");
            }
            if (SegmentRules.isSensitive(tag)) {
                // Segments are what campaigns target; a sensitive category must never become one.
                throw new RejectedEventException("segment tags must not name a sensitive category");
            }
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static MonthDay birthday(JsonNode detail) {
        String value = text(detail, "birthday");
        if (value == null) {
            return null;
        }
        var match = BIRTHDAY.matcher(value);
        try {
            if (match.matches()) {
                return MonthDay.of(Integer.parseInt(match.group(2)), Integer.parseInt(match.group(3)));
            }
        } catch (DateTimeException e) {
            // falls through to the refusal below
        }
        throw new RejectedEventException("detail.birthday must be YYYY-MM-DD or --MM-DD");
    }
}
