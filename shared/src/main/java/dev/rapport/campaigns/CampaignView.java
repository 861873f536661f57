package dev.rapport.campaigns;

import java.util.List;

/**
 * A campaign as the API shows it, with its stats so far. The marketing team shares its campaigns,
 * so {@code createdBy} and {@code cancelledBy} say who did what, as short pseudonyms of their
 * hashed subjects (the same marketer always gets the same one).
 */
public record CampaignView(
        String id,
        String name,
        String status,
        Segment segment,
        String brief,
        String sendAt,
        String timezone,
        String startAt,
        String quietHours,
        int frequencyCap,
        String channel,
        Stats stats,
        String createdBy,
        String cancelledBy) {

    static CampaignView of(Campaign c, Stats stats) {
        return new CampaignView(
                c.id(),
                c.name(),
                c.status().wire(),
                c.segment(),
                c.brief(),
                c.localStart().toString(),
                c.zone(),
                c.startAt().toString(),
                c.quietHours().start() + "-" + c.quietHours().end(),
                c.frequencyCap(),
                c.channel(),
                stats,
                pseudonym(c.owner()),
                pseudonym(c.cancelledBy()));
    }

    static String pseudonym(String subjectHash) {
        return subjectHash == null ? null : subjectHash.substring(0, Math.min(8, subjectHash.length()));
    }

    /** The personalized message one sample recipient would get, identified only by a short pseudonym. */
    public record Sample(String recipient, String message) {}

    public record Preview(String campaignId, List<Sample> samples, boolean matchesAnyone) {}
}
