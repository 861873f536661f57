package dev.rapport.reminders;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.settings.SettingsStore;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code POST}/{@code GET}/{@code DELETE /v1/reminders} and {@code GET /v1/inbox}. Everything is
 * checked before anything is written, so bad input changes nothing; the text is stored redacted.
 */
public final class ReminderService {

    public static final int MAX_ACTIVE = 100;
    public static final int MAX_PAGE = 50;

    private final ReminderStore store;
    private final SettingsStore settings;
    private final PiiRedactor redactor;
    private final Clock clock;
    private final Supplier<String> ids;

    public ReminderService(ReminderStore store, SettingsStore settings, PiiRedactor redactor, Clock clock,
                           Supplier<String> ids) {
        this.store = store;
        this.settings = settings;
        this.redactor = redactor;
        this.clock = clock;
        this.ids = ids;
    }

    public ReminderView create(Caller caller, NewReminder request) {
        Owner owner = owner(caller, request.profileId());
        ZoneId zone = request.timezone() != null ? zone(request.timezone())
                : zone(settings.find(owner.customerHash()).map(s -> s.timezone()).orElse("UTC"));
        Reminder reminder = plan(owner, request.text(), request.at(), request.rrule(), zone);
        if (store.list(owner).stream().filter(Reminder::active).count() >= MAX_ACTIVE) {
            throw ProblemException.conflict("too-many-reminders",
                    "At most " + MAX_ACTIVE + " reminders can be active; delete one first.");
        }
        store.create(reminder);
        return ReminderView.of(reminder);
    }

    /**
     * A validated reminder, ready to store, without storing it — for callers that write it in a
     * transaction of their own (a chat turn).
     */
    public Reminder plan(Owner owner, String text, String at, String rrule, ZoneId zone) {
        String redacted = text(text);
        Instant now = clock.instant();
        Recurrence recurrence = rrule == null ? null : Recurrence.parse(rrule, zone);
        LocalDateTime start = at == null ? null : when(at, zone);
        if (recurrence == null) {
            if (start == null) {
                throw ProblemException.badRequest("invalid-reminder", "A one-off reminder needs 'at'; a recurring one 'rrule'.");
            }
            Instant due = start.atZone(zone).toInstant();
            if (!due.isAfter(now)) {
                throw ProblemException.unprocessable("time-in-the-past",
                        "That time has already passed in " + zone.getId() + ".");
            }
            return new Reminder(ids.get(), owner, redacted, zone.getId(), start, null, due, 0, now);
        }
        LocalDateTime from = start != null ? start
                : LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
        Instant next = recurrence.next(from, zone, now, 0).orElseThrow(() -> ProblemException.unprocessable(
                "impossible-recurrence", "That rule has no occurrence after now (for example a day no month has, or it ended)."));
        return new Reminder(ids.get(), owner, redacted, zone.getId(), from, recurrence.rule(), next, 0, now);
    }

    public List<ReminderView> list(Caller caller, String profileId) {
        return store.list(owner(caller, profileId)).stream().map(ReminderView::of).toList();
    }

    /** Another customer's reminder is indistinguishable from none: 404. */
    public void delete(Caller caller, String profileId, String id) {
        if (id == null || id.length() > 64 || !store.delete(owner(caller, profileId), id)) {
            throw ProblemException.notFound("No reminder '" + shorten(id) + "' was found.");
        }
    }

    public ReminderStore.InboxPage inbox(Caller caller, String profileId, Integer limit, String cursor) {
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw ProblemException.badRequest("invalid-limit", "limit is 1-" + MAX_PAGE + ".");
        }
        return store.inbox(owner(caller, profileId), size, cursor);
    }

    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("unknown-timezone",
                    "'" + shorten(id) + "' is not an IANA time zone such as Asia/Shanghai or America/New_York.");
        }
    }

    private String text(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("invalid-reminder", "The reminder needs a text.");
        }
        if (text.length() > Reminder.MAX_TEXT_CHARS) {
            throw ProblemException.badRequest("invalid-reminder",
                    "The text is limited to " + Reminder.MAX_TEXT_CHARS + " characters.");
        }
        return redactor.apply(text.strip());
    }

    private static LocalDateTime when(String at, ZoneId zone) {
        try {
            return at.length() > 19 || at.endsWith("Z")
                    ? OffsetDateTime.parse(at).atZoneSameInstant(zone).toLocalDateTime()
                    : LocalDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-time",
                    "'at' is ISO-8601: 2026-12-01T08:00 (in the time zone) or 2026-12-01T08:00:00+08:00.");
        }
    }

    private static Owner owner(Caller caller, String profileId) {
        if (profileId != null && !Owner.isValidProfileId(profileId)) {
            throw ProblemException.badRequest("invalid-profile", "profileId is 1-64 of A-Z a-z 0-9 _ -.");
        }
        return Owner.of(caller, profileId);
    }

    private static String shorten(String value) {
        return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
