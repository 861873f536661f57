package dev.rapport.reminders;

import dev.rapport.identity.Owner;
import dev.rapport.model.Content;
import dev.rapport.model.Message;
import dev.rapport.model.ToolSpec;
import dev.rapport.problem.ProblemException;
import dev.rapport.settings.CustomerSettings;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reminders asked for in chat: read from the message (the offline path, and any model, before the
 * model is asked) or from the model's {@code create_reminder} call, planned with the API's rules,
 * and confirmed in the customer's language. The chat turn writes the reminder in its own
 * transaction, so asking for one costs no extra round trip.
 */
public final class ChatReminders {

    /** Chat without reminders: nothing is read from messages and no tool is offered. */
    public static final ChatReminders OFF = new ChatReminders(null);

    /** A reminder the turn will write, and the words that confirm it (or say why it could not be set). */
    public record Planned(Reminder reminder, String confirmation) {}

    private final IntentParser parser = new IntentParser();
    private final ReminderPlanner planner;

    public ChatReminders(ReminderPlanner planner) {
        this.planner = planner;
    }

    public List<ToolSpec> tools() {
        return planner == null ? List.of() : List.of(ReminderTool.SPEC);
    }

    /** A reminder the message asks for, in the customer's zone; empty when it asks for none. */
    public Optional<Planned> fromMessage(String message, Owner owner, CustomerSettings settings) {
        if (planner == null) {
            return Optional.empty();
        }
        ZoneId zone = zone(settings);
        return parser.parse(message, LocalDateTime.ofInstant(planner.now(), zone))
                .map(intent -> plan(intent, owner, zone));
    }

    /** A reminder the model asked for with the tool; empty when it did not. */
    public Optional<Planned> fromModel(Message reply, Owner owner, CustomerSettings settings, String customerText) {
        if (planner == null) {
            return Optional.empty();
        }
        boolean chinese =
                customerText.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        ZoneId zone = zone(settings);
        return reply.content().stream()
                .filter(c -> c instanceof Content.ToolUse use && use.name().equals(ReminderTool.NAME))
                .map(c -> ReminderTool.intent(((Content.ToolUse) c).inputJson(), chinese))
                .flatMap(Optional::stream)
                .findFirst()
                .map(intent -> plan(intent, owner, zone));
    }

    private Planned plan(ReminderIntent intent, Owner owner, ZoneId zone) {
        try {
            Reminder reminder = planner.plan(owner, intent.task(), intent.at().toString(), intent.rrule(), zone);
            return new Planned(reminder, Confirmations.confirm(reminder, intent.rrule(), intent.chinese()));
        } catch (ProblemException e) {
            return new Planned(null, Confirmations.refuse(e, intent.chinese()));
        }
    }

    private static ZoneId zone(CustomerSettings settings) {
        try {
            return ZoneId.of(settings.timezone());
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    /** The reply's words about the reminder. */
    static final class Confirmations {

        private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.CHINA);
        private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.ENGLISH);
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

        private Confirmations() {}

        static String confirm(Reminder r, String rrule, boolean chinese) {
            LocalDateTime next = LocalDateTime.ofInstant(r.nextAt(), ZoneId.of(r.zone()));
            String when;
            if (rrule == null) {
                when = chinese ? next.format(ZH) : "on " + next.format(EN);
            } else if (rrule.startsWith("FREQ=DAILY")) {
                when = chinese ? "每天 " + next.format(TIME) : "every day at " + next.format(TIME);
            } else if (rrule.startsWith("FREQ=WEEKLY")) {
                when = chinese
                        ? "每周" + "一二三四五六日".charAt(next.getDayOfWeek().getValue() - 1) + " " + next.format(TIME)
                        : "every " + next.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                                + " at " + next.format(TIME);
            } else {
                when = chinese
                        ? "每月" + next.getDayOfMonth() + "日 " + next.format(TIME)
                        : "on day " + next.getDayOfMonth() + " of every month at " + next.format(TIME);
            }
            return chinese
                    ? "好的，已设置提醒：" + when + "提醒您「" + r.text() + "」。"
                    : "Done: I'll remind you to " + r.text() + " " + when + " (" + r.zone() + ").";
        }

        static String refuse(ProblemException e, boolean chinese) {
            boolean past = e.problem().type().endsWith("/time-in-the-past");
            if (chinese) {
                return past ? "这个时间已经过去了，提醒没有设置。请告诉我一个将来的时间。" : "抱歉，这个提醒我没能设置：请换一种说法告诉我时间。";
            }
            return past
                    ? "That time has already passed, so I didn't set the reminder. Tell me a time in the future."
                    : "Sorry, I couldn't set that reminder; please tell me the time another way.";
        }
    }
}
