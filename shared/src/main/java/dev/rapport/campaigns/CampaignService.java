package dev.rapport.campaigns;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.settings.CustomerSettings;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST /v1/campaigns}, {@code GET /v1/campaigns/{id}}, preview and cancel — marketers only.
 * Everything is checked before anything is written, so bad input changes nothing.
 */
public final class CampaignService {

    public static final int MAX_BRIEF = 1000;
    public static final int MAX_NAME = 120;
    public static final int PREVIEW_SAMPLES = 5;
    /** Pages of the audience preview reads at most while looking for samples. */
    static final int PREVIEW_PAGES = 20;

    /** A campaign is planned within the year; a date further out is a typo, not a plan. */
    static final Duration MAX_LEAD = Duration.ofDays(366);

    private final CampaignStore store;
    private final PiiRedactor redactor;
    private final CampaignWriter writer;
    private final Clock clock;
    private final Supplier<String> ids;

    public CampaignService(
            CampaignStore store, PiiRedactor redactor, CampaignWriter writer, Clock clock, Supplier<String> ids) {
        this.store = store;
        this.redactor = redactor;
        this.writer = writer;
        this.clock = clock;
        this.ids = ids;
    }

    public CampaignView create(Caller caller, NewCampaign request) {
        marketer(caller);
        String name = redactor.redact(text("name", request.name(), MAX_NAME)).text();
        String brief =
                redactor.redact(text("brief", request.brief(), MAX_BRIEF)).text();
        Segment segment = SegmentRules.check(request.segment() == null ? Segment.EVERYONE : request.segment());
        ZoneId zone = zone(request.timezone());
        LocalDateTime local = localDateTime(request.sendAt());
        Instant now = clock.instant();
        if (Math.abs(local.getYear() - now.atZone(zone).getYear()) > 2) {
            // Checked before the zone is applied: near the ends of the calendar that arithmetic overflows.
            throw ProblemException.badRequest("time-too-far", "sendAt is at most one year ahead.");
        }
        Instant startAt = local.atZone(zone).toInstant();
        if (startAt.isBefore(now.minusSeconds(60))) {
            throw ProblemException.unprocessable("time-in-past", "sendAt " + local + " in " + zone + " has passed.");
        }
        if (startAt.isAfter(now.plus(MAX_LEAD))) {
            throw ProblemException.badRequest("time-too-far", "sendAt is at most one year ahead.");
        }
        QuietHours quiet = quietHours(request.quietStart(), request.quietEnd());
        int cap = request.frequencyCap() == null ? 2 : request.frequencyCap();
        if (cap < 1 || cap > 50) {
            throw ProblemException.badRequest("invalid-frequency-cap", "frequencyCap is 1-50 messages per 7 days.");
        }
        String channel = request.channel() == null ? Campaign.INBOX : request.channel();
        if (!channel.equals(Campaign.INBOX)) {
            throw ProblemException.badRequest("unsupported-channel", "channel is 'inbox'.");
        }
        Campaign campaign = new Campaign(
                ids.get(),
                Owner.of(caller, null).customerHash(),
                name,
                segment,
                brief,
                local,
                zone.getId(),
                startAt,
                quiet,
                cap,
                channel,
                CampaignStatus.SCHEDULED,
                now);
        store.create(campaign);
        return CampaignView.of(campaign, Stats.NONE);
    }

    public CampaignView get(Caller caller, String id) {
        Campaign campaign = find(caller, id);
        return CampaignView.of(campaign, store.stats(campaign.id()));
    }

    /** Renders the message for up to five recipients of the segment; sends and stores nothing. */
    public CampaignView.Preview preview(Caller caller, String id) {
        Campaign campaign = find(caller, id);
        Instant now = clock.instant();
        List<Audience> picked = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < PREVIEW_PAGES && picked.size() < PREVIEW_SAMPLES; page++) {
            CampaignStore.AudiencePage found = store.audience(cursor, 200);
            found.audience().stream()
                    .filter(a -> campaign.segment().matches(a, now))
                    .limit(PREVIEW_SAMPLES - picked.size())
                    .forEach(picked::add);
            cursor = found.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        Map<String, CustomerSettings> settings =
                store.settings(picked.stream().map(Audience::customerHash).toList());
        List<CampaignView.Sample> samples = picked.stream()
                .map(a -> new CampaignView.Sample(
                        a.customerHash().substring(0, 8),
                        writer.write(
                                campaign.brief(), settings.getOrDefault(a.customerHash(), CustomerSettings.DEFAULTS))))
                .toList();
        return new CampaignView.Preview(campaign.id(), samples, !samples.isEmpty());
    }

    /**
     * Stops what is not sent yet; a finished or already cancelled campaign is a 409. Any marketer may
     * cancel a colleague's campaign (the team shares them); the campaign keeps who did.
     */
    public CampaignView cancel(Caller caller, String id) {
        Campaign campaign = find(caller, id);
        String by = Owner.of(caller, null).customerHash();
        if (!campaign.status().cancellable() || !store.cancel(campaign.id(), by, clock.instant())) {
            throw ProblemException.conflict(
                    "not-cancellable",
                    "Campaign '" + id + "' is "
                            + store.find(campaign.id())
                                    .map(c -> c.status().wire())
                                    .orElse("gone") + " and cannot be cancelled.");
        }
        return get(caller, id);
    }

    private Campaign find(Caller caller, String id) {
        marketer(caller);
        if (id == null || id.length() > 64) {
            throw ProblemException.notFound("No campaign was found.");
        }
        return store.find(id).orElseThrow(() -> ProblemException.notFound("No campaign '" + id + "' was found."));
    }

    private static void marketer(Caller caller) {
        if (!caller.isIn(Caller.MARKETERS)) {
            throw ProblemException.forbidden("Campaigns are for the marketers group.");
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("empty-text", field + " must not be empty.");
        }
        if (value.length() > max) {
            throw ProblemException.badRequest("text-too-long", field + " is at most " + max + " characters.");
        }
        return value.strip();
    }

    private static ZoneId zone(String id) {
        if (id == null) {
            throw ProblemException.badRequest("missing-field", "'timezone' is required.");
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest(
                    "unknown-timezone",
                    "'" + (id.length() > 40 ? id.substring(0, 40) : id)
                            + "' is not an IANA time zone such as Asia/Shanghai.");
        }
    }

    private static LocalDateTime localDateTime(String value) {
        if (value == null) {
            throw ProblemException.badRequest("missing-field", "'sendAt' is required.");
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-time", "sendAt is a local date-time such as 2026-12-01T10:00.");
        }
    }

    private static QuietHours quietHours(String start, String end) {
        if (start == null && end == null) {
            return QuietHours.DEFAULT;
        }
        try {
            return new QuietHours(LocalTime.parse(start), LocalTime.parse(end));
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.badRequest(
                    "invalid-quiet-hours", "quietHours needs start and end such as 21:00 and 08:00.");
        }
    }
}
