package dev.rapport.campaigns;

import java.util.List;

/** A campaign as the API shows it, with its stats so far. */
public record CampaignView(String id, String name, String status, Segment segment, String brief, String sendAt,
                           String timezone, String startAt, String quietHours, int frequencyCap, String channel,
                           Stats stats) {

    static CampaignView of(Campaign c, Stats stats) {
        return new CampaignView(c.id(), c.name(), c.status().wire(), c.segment(), c.brief(), c.localStart().toString(),
                c.zone(), c.startAt().toString(), c.quietHours().start() + "-" + c.quietHours().end(), c.frequencyCap(),
                c.channel(), stats);
    }

    /** The personalized message one sample recipient would get, identified only by a short pseudonym. */
    public record Sample(String recipient, String message) {}

    public record Preview(String campaignId, List<Sample> samples, boolean matchesAnyone) {}
}
