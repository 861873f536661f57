package dev.rapport.campaigns;

/**
 * A marketer's request, as sent; {@link CampaignService} validates every field before anything
 * is stored.
 *
 * @param sendAt a local date-time such as {@code 2026-12-01T10:00}, read in {@code timezone}
 * @param quietStart, quietEnd {@code HH:mm}; both null for the default 21:00–08:00
 */
public record NewCampaign(
        String name,
        Segment segment,
        String brief,
        String sendAt,
        String timezone,
        String quietStart,
        String quietEnd,
        Integer frequencyCap,
        String channel) {}
