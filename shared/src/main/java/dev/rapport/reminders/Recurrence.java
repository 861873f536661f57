package dev.rapport.reminders;

import dev.rapport.problem.ProblemException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A subset of an RFC 5545 RRULE: FREQ=DAILY|WEEKLY|MONTHLY with INTERVAL, BYDAY (weekday codes,
 * no ordinals), BYMONTHDAY (1..31; months without that day are skipped, as the RFC says),
 * BYHOUR, BYMINUTE and COUNT or UNTIL. Occurrences are wall-clock times in the reminder's zone:
 * a time that falls in a spring-forward gap moves forward by the gap, and one in a fall-back
 * overlap happens once, at its earlier instant.
 */
public record Recurrence(
        Frequency frequency,
        int interval,
        List<DayOfWeek> byDay,
        List<Integer> byMonthDay,
        List<Integer> byHour,
        List<Integer> byMinute,
        Integer count,
        Instant until) {

    /** Periods searched for the next occurrence before a rule is called impossible (over 160 years monthly). */
    static final int MAX_PERIODS = 2_000;

    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "MO",
            DayOfWeek.MONDAY,
            "TU",
            DayOfWeek.TUESDAY,
            "WE",
            DayOfWeek.WEDNESDAY,
            "TH",
            DayOfWeek.THURSDAY,
            "FR",
            DayOfWeek.FRIDAY,
            "SA",
            DayOfWeek.SATURDAY,
            "SU",
            DayOfWeek.SUNDAY);
    private static final DateTimeFormatter UNTIL_UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter UNTIL_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    public Recurrence {
        byDay = List.copyOf(byDay);
        byMonthDay = List.copyOf(byMonthDay);
        byHour = List.copyOf(byHour);
        byMinute = List.copyOf(byMinute);
    }

    /** Parses a rule such as {@code FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=8;BYMINUTE=0;COUNT=10}. */
    public static Recurrence parse(String rule, ZoneId zone) {
        if (rule == null || rule.isBlank() || rule.length() > 200) {
            throw invalid("The recurrence rule must be 1-200 characters, such as FREQ=DAILY;BYHOUR=8;BYMINUTE=0.");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rule.trim().replaceFirst("(?i)^RRULE:", "").split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || parts.put(kv[0].trim().toUpperCase(Locale.ROOT), kv[1].trim()) != null) {
                throw invalid("Each part of the rule is NAME=value, once: '" + part + "' is not.");
            }
        }
        Frequency frequency = frequency(parts.remove("FREQ"));
        int interval = parts.containsKey("INTERVAL")
                ? number(parts.remove("INTERVAL"), "INTERVAL", 1, 366).get(0)
                : 1;
        List<DayOfWeek> byDay = parts.containsKey("BYDAY") ? days(parts.remove("BYDAY")) : List.of();
        List<Integer> byMonthDay =
                parts.containsKey("BYMONTHDAY") ? number(parts.remove("BYMONTHDAY"), "BYMONTHDAY", 1, 31) : List.of();
        List<Integer> byHour =
                parts.containsKey("BYHOUR") ? number(parts.remove("BYHOUR"), "BYHOUR", 0, 23) : List.of();
        List<Integer> byMinute =
                parts.containsKey("BYMINUTE") ? number(parts.remove("BYMINUTE"), "BYMINUTE", 0, 59) : List.of();
        Integer count = parts.containsKey("COUNT")
                ? number(parts.remove("COUNT"), "COUNT", 1, 10_000).get(0)
                : null;
        Instant until = parts.containsKey("UNTIL") ? until(parts.remove("UNTIL"), zone) : null;
        if (!parts.isEmpty()) {
            throw invalid("Unsupported rule parts " + parts.keySet()
                    + "; supported: FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYHOUR, BYMINUTE, COUNT, UNTIL.");
        }
        if (count != null && until != null) {
            throw invalid("COUNT and UNTIL cannot be used together (RFC 5545).");
        }
        if (!byMonthDay.isEmpty() && frequency != Frequency.MONTHLY) {
            throw invalid("BYMONTHDAY is supported with FREQ=MONTHLY only.");
        }
        return new Recurrence(frequency, interval, byDay, byMonthDay, byHour, byMinute, count, until);
    }

    /** The canonical text of the rule, as stored and shown. */
    public String rule() {
        StringBuilder text = new StringBuilder("FREQ=").append(frequency);
        if (interval != 1) {
            text.append(";INTERVAL=").append(interval);
        }
        if (!byDay.isEmpty()) {
            text.append(";BYDAY=")
                    .append(String.join(
                            ",", byDay.stream().map(Recurrence::code).toList()));
        }
        append(text, "BYMONTHDAY", byMonthDay);
        append(text, "BYHOUR", byHour);
        append(text, "BYMINUTE", byMinute);
        if (count != null) {
            text.append(";COUNT=").append(count);
        }
        if (until != null) {
            text.append(";UNTIL=").append(UNTIL_UTC.format(until.atOffset(ZoneOffset.UTC)));
        }
        return text.toString();
    }

    /**
     * The first occurrence strictly after {@code after}, counting from {@code start} (the rule's
     * DTSTART, a wall-clock time in {@code zone}); empty when the rule has ended or can never occur.
     * {@code delivered} occurrences have already happened, for COUNT.
     */
    public Optional<Instant> next(LocalDateTime start, ZoneId zone, Instant after, int delivered) {
        if (count != null && delivered >= count) {
            return Optional.empty();
        }
        LocalDate first = periodStart(start.toLocalDate());
        long skip = Math.max(0, periodsBetween(first, after.atZone(zone).toLocalDate()) - 1);
        skip -= skip % interval;
        Instant startInstant = start.atZone(zone).toInstant();
        for (long period = skip; period < skip + (long) MAX_PERIODS * interval; period += interval) {
            for (LocalDateTime candidate : occurrencesIn(advance(first, period), start)) {
                Instant at = candidate.atZone(zone).toInstant();
                if (until != null && at.isAfter(until)) {
                    return Optional.empty();
                }
                if (!at.isBefore(startInstant) && at.isAfter(after)) {
                    return Optional.of(at);
                }
            }
        }
        return Optional.empty();
    }

    private LocalDate periodStart(LocalDate date) {
        return switch (frequency) {
            case DAILY -> date;
            case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> date.withDayOfMonth(1);
        };
    }

    private long periodsBetween(LocalDate first, LocalDate date) {
        return switch (frequency) {
            case DAILY -> ChronoUnit.DAYS.between(first, date);
            case WEEKLY -> ChronoUnit.WEEKS.between(first, date);
            case MONTHLY -> ChronoUnit.MONTHS.between(first, date);
        };
    }

    private LocalDate advance(LocalDate first, long periods) {
        return switch (frequency) {
            case DAILY -> first.plusDays(periods);
            case WEEKLY -> first.plusWeeks(periods);
            case MONTHLY -> first.plusMonths(periods);
        };
    }

    /** The wall-clock occurrences of one period, in order; days the month lacks are skipped. */
    private List<LocalDateTime> occurrencesIn(LocalDate period, LocalDateTime start) {
        List<LocalDate> dates = new ArrayList<>();
        switch (frequency) {
            case DAILY -> {
                if (byDay.isEmpty() || byDay.contains(period.getDayOfWeek())) {
                    dates.add(period);
                }
            }
            case WEEKLY -> {
                List<DayOfWeek> days = byDay.isEmpty() ? List.of(start.getDayOfWeek()) : byDay;
                new TreeSet<>(days).forEach(day -> dates.add(period.with(TemporalAdjusters.nextOrSame(day))));
            }
            case MONTHLY -> {
                List<Integer> days = byMonthDay.isEmpty() ? List.of(start.getDayOfMonth()) : byMonthDay;
                new TreeSet<>(days)
                        .stream()
                                .filter(day -> day <= period.lengthOfMonth())
                                .map(period::withDayOfMonth)
                                .filter(date -> byDay.isEmpty() || byDay.contains(date.getDayOfWeek()))
                                .forEach(dates::add);
            }
        }
        List<Integer> hours = byHour.isEmpty() ? List.of(start.getHour()) : new ArrayList<>(new TreeSet<>(byHour));
        List<Integer> minutes =
                byMinute.isEmpty() ? List.of(start.getMinute()) : new ArrayList<>(new TreeSet<>(byMinute));
        List<LocalDateTime> times = new ArrayList<>();
        for (LocalDate date : dates) {
            for (int hour : hours) {
                for (int minute : minutes) {
                    times.add(date.atTime(LocalTime.of(hour, minute)));
                }
            }
        }
        return times;
    }

    private static Frequency frequency(String value) {
        if (value == null) {
            throw invalid("FREQ is required: DAILY, WEEKLY or MONTHLY.");
        }
        try {
            return Frequency.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("FREQ must be DAILY, WEEKLY or MONTHLY.");
        }
    }

    private static List<Integer> number(String value, String name, int min, int max) {
        List<Integer> numbers = new ArrayList<>();
        for (String item : value.split(",")) {
            try {
                int n = Integer.parseInt(item.trim());
                if (n < min || n > max) {
                    throw new NumberFormatException();
                }
                numbers.add(n);
            } catch (NumberFormatException e) {
                throw invalid(name + " takes whole numbers from " + min + " to " + max + ".");
            }
        }
        return numbers;
    }

    private static List<DayOfWeek> days(String value) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String item : value.split(",")) {
            DayOfWeek day = DAYS.get(item.trim().toUpperCase(Locale.ROOT));
            if (day == null) {
                throw invalid("BYDAY takes MO, TU, WE, TH, FR, SA, SU (without ordinals).");
            }
            days.add(day);
        }
        return days;
    }

    private static Instant until(String value, ZoneId zone) {
        try {
            return value.endsWith("Z")
                    ? LocalDateTime.parse(value, UNTIL_UTC).toInstant(ZoneOffset.UTC)
                    : LocalDate.parse(value, UNTIL_DATE)
                            .atTime(LocalTime.MAX)
                            .atZone(zone)
                            .toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("UNTIL is a date (20261231) or a UTC time (20261231T235959Z).");
        }
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static void append(StringBuilder text, String name, List<Integer> values) {
        if (!values.isEmpty()) {
            text.append(';')
                    .append(name)
                    .append('=')
                    .append(String.join(
                            ",", values.stream().map(String::valueOf).toList()));
        }
    }

    private static ProblemException invalid(String detail) {
        return ProblemException.badRequest("invalid-recurrence", detail);
    }
}
