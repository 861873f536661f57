package dev.rapport.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a segment may look at about one customer: non-sensitive marketing attributes kept under
 * the customer's own key (written by the business's CRM sync), never memories or sensitive facts.
 *
 * @param lastPurchaseAt null when unknown
 * @param birthMonth 1-12, or null when unknown
 * @param birthDay 1-31, or null when unknown (the birthday greeting needs both)
 */
public record Audience(
        String customerHash,
        String region,
        String locale,
        List<String> tags,
        Instant lastPurchaseAt,
        Integer birthMonth,
        Integer birthDay) {

    public Audience(
            String customerHash,
            String region,
            String locale,
            List<String> tags,
            Instant lastPurchaseAt,
            Integer birthMonth) {
        this(customerHash, region, locale, tags, lastPurchaseAt, birthMonth, null);
    }

    public Audience {
        Objects.requireNonNull(customerHash, "customerHash");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
