package dev.rapport.reminders;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.settings.Profiles;
import dev.rapport.settings.SettingsStore;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
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
    private final Profiles profiles;
    private final ReminderPlanner planner;

    public ReminderService(
            ReminderStore store, SettingsStore settings, PiiRedactor redactor, Clock clock, Supplier<String> ids) {
        this.store = store;
        this.settings = settings;
        this.profiles = new Profiles(settings);
        this.planner = new ReminderPlanner(redactor, clock, ids);
    }

    public ReminderView create(Caller caller, NewReminder request) {
        Owner owner = owner(caller, request.profileId());
        ZoneId zone = request.timezone() != null
                ? zone(request.timezone())
                : zone(settings.find(owner.customerHash())
                        .map(s -> s.timezone())
                        .orElse("UTC"));
        Reminder reminder = plan(owner, request.text(), request.at(), request.rrule(), zone);
        long active = store.list(owner).stream().filter(Reminder::active).count();
        // The count in the write decides: the listing above is only its start for reminders stored before it.
        if (active >= MAX_ACTIVE || !store.create(reminder, MAX_ACTIVE, active)) {
            throw ProblemException.conflict(
                    "too-many-reminders", "At most " + MAX_ACTIVE + " reminders can be active; delete one first.");
        }
        return ReminderView.of(reminder);
    }

    /** A validated reminder, ready to store, without storing it. */
    public Reminder plan(Owner owner, String text, String at, String rrule, ZoneId zone) {
        return planner.plan(owner, text, at, rrule, zone);
    }

    public List<ReminderView> list(Caller caller, String profileId) {
        return store.list(owner(caller, profileId)).stream()
                .map(ReminderView::of)
                .toList();
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
            throw ProblemException.badRequest(
                    "unknown-timezone",
                    "'" + shorten(id) + "' is not an IANA time zone such as Asia/Shanghai or America/New_York.");
        }
    }

    private Owner owner(Caller caller, String profileId) {
        return profiles.owner(caller, profileId);
    }

    static String shorten(String value) {
        return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
