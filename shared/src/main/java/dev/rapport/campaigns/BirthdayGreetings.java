package dev.rapport.campaigns;

import dev.rapport.settings.CustomerSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The built-in, always-on birthday campaign: one campaign per year ({@code birthday-2026}), so the
 * worker's (campaign, customer) outcome makes the greeting exactly once per customer per year.
 * It sweeps the audience at the top of each hour and picks customers whose birthday it is in their
 * own zone, from 09:00 to 21:00 local; later sweeps that day find the outcome recorded and send nothing.
 * Consent is still checked by the worker at send time, and the words come from the profile name
 * only, never memories.
 */
public final class BirthdayGreetings {

    static final String PREFIX = "birthday-";
    static final LocalTime SEND_FROM = LocalTime.of(9, 0);
    /** Quiet hours start: a birthday learnt too late in the day is left for the next year, not sent at night. */
    static final LocalTime SEND_UNTIL = LocalTime.of(21, 0);

    private final CampaignStore store;
    private final Set<String> known = new HashSet<>();

    public BirthdayGreetings(CampaignStore store) {
        this.store = store;
    }

    /** Hourly: a full audience scan each minute would cost far more than an hour's delay is worth. */
    boolean sweepsAt(Instant now) {
        return now.atOffset(ZoneOffset.UTC).getMinute() == 0;
    }

    /** Of one audience page, the customers to greet now, keyed by their year's campaign id. */
    Map<String, List<String>> due(List<Audience> page, Instant now) {
        LocalDate utc = now.atOffset(ZoneOffset.UTC).toLocalDate();
        // Zones lie within a day of UTC, so only birthdays of yesterday, today or tomorrow (UTC) can be today locally.
        List<Audience> near = page.stream()
                .filter(a -> isBirthday(a, utc.minusDays(1)) || isBirthday(a, utc) || isBirthday(a, utc.plusDays(1)))
                .toList();
        Map<String, List<String>> due = new LinkedHashMap<>();
        if (near.isEmpty()) {
            return due;
        }
        Map<String, CustomerSettings> settings =
                store.settings(near.stream().map(Audience::customerHash).toList());
        for (Audience who : near) {
            CustomerSettings s = settings.get(who.customerHash());
            if (s == null) {
                continue;
            }
            ZonedDateTime local = now.atZone(zone(s.timezone()));
            if (isBirthday(who, local.toLocalDate())
                    && !local.toLocalTime().isBefore(SEND_FROM)
                    && local.toLocalTime().isBefore(SEND_UNTIL)) {
                due.computeIfAbsent(ensure(local.getYear()), k -> new java.util.ArrayList<>())
                        .add(who.customerHash());
            }
        }
        return due;
    }

    /** The greeting's brief for this recipient's language; other campaigns keep their own. */
    static String brief(Campaign campaign, CustomerSettings who) {
        if (!campaign.id().startsWith(PREFIX)) {
            return campaign.brief();
        }
        return greeting(
                who.locale() != null && who.locale().toLowerCase(Locale.ROOT).startsWith("zh"));
    }

    /** The plain greeting, also a card's words when the model's are unusable. */
    static String greeting(boolean chinese) {
        return chinese ? "{name}，生日快乐！祝您新的一岁一切顺心。" : "Happy birthday, {name}! Wishing you a wonderful year ahead.";
    }

    static boolean isCard(Campaign campaign) {
        return campaign.id().startsWith(PREFIX);
    }

    static boolean isBirthday(Audience who, LocalDate day) {
        if (who.birthMonth() == null || who.birthDay() == null || who.birthMonth() != day.getMonthValue()) {
            return false;
        }
        // A 29 February birthday is greeted on the 28th in other years.
        return who.birthDay() == day.getDayOfMonth()
                || (who.birthMonth() == 2 && who.birthDay() == 29 && !day.isLeapYear() && day.getDayOfMonth() == 28);
    }

    private String ensure(int year) {
        String id = PREFIX + year;
        if (known.contains(id) || store.find(id).isPresent()) {
            known.add(id);
            return id;
        }
        LocalDateTime start = LocalDate.of(year, 1, 1).atStartOfDay();
        try {
            store.create(new Campaign(
                    id,
                    "rapport",
                    "Birthday greetings " + year,
                    Segment.EVERYONE,
                    "Happy birthday, {name}!",
                    start,
                    "UTC",
                    start.toInstant(ZoneOffset.UTC),
                    QuietHours.NONE,
                    Integer.MAX_VALUE,
                    Campaign.INBOX,
                    CampaignStatus.RUNNING,
                    start.toInstant(ZoneOffset.UTC)));
        } catch (RuntimeException e) {
            if (store.find(id).isEmpty()) {
                throw e; // not a concurrent starter creating it first
            }
        }
        known.add(id);
        return id;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
