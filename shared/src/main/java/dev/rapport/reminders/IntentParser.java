package dev.rapport.reminders;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reminder request from a chat message, in Chinese or English, without a model:
 * 每天/每周X/每月N号/今天/明天/后天/下周X/周X/N分钟后/N小时后 and daily/every Monday/today/
 * tomorrow/next Friday/on Friday/in N minutes|hours, with times such as 8点, 早上8点半, 下午3点,
 * 3pm, 3:30 pm, 15:00 or noon. Only messages that ask to be reminded (提醒我, remind me) count.
 */
public final class IntentParser {

    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private static final Pattern ASK_ZH = Pattern.compile("提醒我|提醒一下我|叫我|记得提醒");
    private static final Pattern ASK_EN = Pattern.compile("(?i)\\bremind me\\b|\\bset (a|an) reminder\\b");
    private static final String NUM = "[0-9]{1,2}|[零一二两三四五六七八九十]{1,3}";
    private static final String DAY_ZH = "[一二三四五六日天1-7]";

    private static final Pattern ZH_IN = Pattern.compile("(" + NUM + "|半)\\s*(分钟|个小时|小时|个钟头)(以?后|之后)");
    private static final Pattern ZH_EVERY_WEEK = Pattern.compile("每(?:个)?(?:周|星期|礼拜)(" + DAY_ZH + ")");
    private static final Pattern ZH_EVERY_MONTH = Pattern.compile("每(?:个)?月(" + NUM + ")(?:号|日)");
    private static final Pattern ZH_EVERY_DAY = Pattern.compile("每天|每日|天天");
    private static final Pattern ZH_NEXT_WEEK = Pattern.compile("下(?:个)?(?:周|星期|礼拜)(" + DAY_ZH + ")");
    private static final Pattern ZH_WEEKDAY = Pattern.compile("(?:这|本)?(?:周|星期|礼拜)(" + DAY_ZH + ")");
    private static final Pattern ZH_DAY = Pattern.compile("今天|今晚|明天|明早|明晚|后天");
    private static final Pattern ZH_TIME = Pattern.compile(
            "(早上|早晨|上午|中午|下午|傍晚|晚上|凌晨|今晚|明早|明晚)?\\s*(" + NUM + ")\\s*(?:点|點|时|:|：)\\s*(半|" + NUM + "分?|[0-5][0-9])?");
    private static final Pattern ZH_PERIOD = Pattern.compile("早上|早晨|上午|中午|下午|傍晚|晚上|凌晨");

    private static final String NUM_EN =
            "\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|sixty";
    private static final Pattern EN_IN =
            Pattern.compile("(?i)\\bin\\s+(" + NUM_EN + "|half an)\\s+(minutes?|mins?|hours?|hrs?)\\b");
    private static final Pattern EN_EVERY_DAY =
            Pattern.compile("(?i)\\b(every\\s+day|daily|every\\s+morning|every\\s+evening|every\\s+night)\\b");
    private static final Pattern EN_EVERY_WEEKDAY =
            Pattern.compile("(?i)\\bevery\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");
    private static final Pattern EN_NEXT_WEEKDAY =
            Pattern.compile("(?i)\\bnext\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern EN_WEEKDAY =
            Pattern.compile("(?i)\\b(?:on\\s+|this\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern EN_DAY = Pattern.compile("(?i)\\b(today|tonight|tomorrow)\\b");
    private static final Pattern EN_TIME = Pattern.compile(
            "(?i)\\b(?:at\\s+)?(\\d{1,2})(?::([0-5]\\d))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)|\\b(?:at\\s+)?([01]?\\d|2[0-3]):([0-5]\\d)\\b|\\b(?:at\\s+)(\\d{1,2})\\b(?!\\s*(?:minutes?|mins?|hours?|hrs?))|\\b(?:at\\s+)?(noon|midnight)\\b");

    private static final Map<String, DayOfWeek> EN_DAYS = Map.of(
            "monday",
            DayOfWeek.MONDAY,
            "tuesday",
            DayOfWeek.TUESDAY,
            "wednesday",
            DayOfWeek.WEDNESDAY,
            "thursday",
            DayOfWeek.THURSDAY,
            "friday",
            DayOfWeek.FRIDAY,
            "saturday",
            DayOfWeek.SATURDAY,
            "sunday",
            DayOfWeek.SUNDAY);
    private static final Map<String, Integer> EN_NUMBERS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("fifteen", 15),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("forty-five", 45),
            Map.entry("sixty", 60));

    /** The reminder asked for, resolved against {@code now} (the customer's wall clock); empty if none. */
    public Optional<ReminderIntent> parse(String message, LocalDateTime now) {
        if (message == null || message.length() > 1_000) {
            return Optional.empty();
        }
        if (ASK_ZH.matcher(message).find()) {
            return chinese(message, now);
        }
        if (ASK_EN.matcher(message).find()) {
            return english(message, now);
        }
        return Optional.empty();
    }

    private Optional<ReminderIntent> chinese(String message, LocalDateTime now) {
        String rest = message;
        Matcher in = ZH_IN.matcher(rest);
        if (in.find()) {
            long amount = "半".equals(in.group(1)) ? 30 : chineseNumber(in.group(1));
            boolean hours = !in.group(2).equals("分钟") && !"半".equals(in.group(1));
            LocalDateTime at = now.plus(amount, hours ? ChronoUnit.HOURS : ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.SECONDS);
            return task(rest.replace(in.group(), ""), true).map(t -> new ReminderIntent(t, at, null, true));
        }
        String rrule = null;
        LocalDate date = null;
        Matcher m;
        if ((m = ZH_EVERY_WEEK.matcher(rest)).find()) {
            rrule = "FREQ=WEEKLY;BYDAY=" + code(chineseDay(m.group(1)));
            date = now.toLocalDate().with(TemporalAdjusters.nextOrSame(chineseDay(m.group(1))));
        } else if ((m = ZH_EVERY_MONTH.matcher(rest)).find()) {
            rrule = "FREQ=MONTHLY;BYMONTHDAY=" + chineseNumber(m.group(1));
        } else if ((m = ZH_EVERY_DAY.matcher(rest)).find()) {
            rrule = "FREQ=DAILY";
        } else if ((m = ZH_NEXT_WEEK.matcher(rest)).find()) {
            date = now.toLocalDate()
                    .with(TemporalAdjusters.next(DayOfWeek.SUNDAY))
                    .with(TemporalAdjusters.nextOrSame(chineseDay(m.group(1))));
        } else if ((m = ZH_WEEKDAY.matcher(rest)).find()) {
            date = now.toLocalDate().with(TemporalAdjusters.nextOrSame(chineseDay(m.group(1))));
        } else if ((m = ZH_DAY.matcher(rest)).find()) {
            date = now.toLocalDate()
                    .plusDays(m.group().startsWith("明") ? 1 : m.group().equals("后天") ? 2 : 0);
        }
        if (m.find(0)) {
            rest = rest.replace(m.group(), " ");
        }
        LocalTime time = null;
        Matcher t = ZH_TIME.matcher(rest);
        if (t.find()) {
            time = chineseTime(
                    t.group(1) != null ? t.group(1) : periodBefore(message, t.start()), t.group(2), t.group(3));
            rest = rest.replace(t.group(), " ");
        }
        rest = ZH_PERIOD.matcher(rest).replaceAll(" ");
        return resolve(rest, now, date, time, rrule, true);
    }

    private Optional<ReminderIntent> english(String message, LocalDateTime now) {
        String rest = message;
        Matcher in = EN_IN.matcher(rest);
        if (in.find()) {
            String n = in.group(1).toLowerCase(Locale.ROOT);
            boolean half = n.equals("half an");
            long amount = half ? 30 : n.matches("\\d+") ? Long.parseLong(n) : EN_NUMBERS.get(n);
            boolean hours = !half && in.group(2).toLowerCase(Locale.ROOT).startsWith("h");
            LocalDateTime at = now.plus(amount, hours ? ChronoUnit.HOURS : ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.SECONDS);
            return task(rest.replace(in.group(), " "), false).map(t -> new ReminderIntent(t, at, null, false));
        }
        String rrule = null;
        LocalDate date = null;
        LocalTime impliedTime = null;
        Matcher m;
        if ((m = EN_EVERY_WEEKDAY.matcher(rest)).find()) {
            DayOfWeek day = EN_DAYS.get(m.group(1).toLowerCase(Locale.ROOT));
            rrule = "FREQ=WEEKLY;BYDAY=" + code(day);
            date = now.toLocalDate().with(TemporalAdjusters.nextOrSame(day));
        } else if ((m = EN_EVERY_DAY.matcher(rest)).find()) {
            rrule = "FREQ=DAILY";
            String phrase = m.group().toLowerCase(Locale.ROOT);
            impliedTime = phrase.endsWith("evening") || phrase.endsWith("night")
                    ? LocalTime.of(20, 0)
                    : phrase.endsWith("morning") ? LocalTime.of(8, 0) : null;
        } else if ((m = EN_NEXT_WEEKDAY.matcher(rest)).find()) {
            date = now.toLocalDate()
                    .with(TemporalAdjusters.next(DayOfWeek.SUNDAY))
                    .with(TemporalAdjusters.nextOrSame(EN_DAYS.get(m.group(1).toLowerCase(Locale.ROOT))));
        } else if ((m = EN_WEEKDAY.matcher(rest)).find()) {
            date = now.toLocalDate()
                    .with(TemporalAdjusters.nextOrSame(EN_DAYS.get(m.group(1).toLowerCase(Locale.ROOT))));
        } else if ((m = EN_DAY.matcher(rest)).find()) {
            String day = m.group().toLowerCase(Locale.ROOT);
            date = now.toLocalDate().plusDays(day.equals("tomorrow") ? 1 : 0);
            impliedTime = day.equals("tonight") ? LocalTime.of(20, 0) : null;
        }
        if (m.find(0)) {
            rest = rest.replace(m.group(), " ");
        }
        LocalTime time = impliedTime;
        Matcher t = EN_TIME.matcher(rest);
        if (t.find()) {
            time = englishTime(t);
            rest = rest.replace(t.group(), " ");
        }
        return resolve(rest, now, date, time, rrule, false);
    }

    private Optional<ReminderIntent> resolve(
            String rest, LocalDateTime now, LocalDate date, LocalTime time, String rrule, boolean chinese) {
        if (date == null && time == null && rrule == null) {
            return Optional.empty();
        }
        LocalTime clock = time != null ? time : DEFAULT_TIME;
        LocalDateTime at;
        if (rrule != null) {
            LocalDate first = date != null ? date : now.toLocalDate();
            at = first.atTime(clock);
            rrule = rrule + ";BYHOUR=" + clock.getHour() + ";BYMINUTE=" + clock.getMinute();
        } else {
            at = (date != null ? date : now.toLocalDate()).atTime(clock);
            // A time alone that has passed today means tomorrow's.
            if (!at.isAfter(now) && date == null) {
                at = at.plusDays(1);
            }
        }
        LocalDateTime when = at;
        String recurrence = rrule;
        return task(rest, chinese).map(t -> new ReminderIntent(t, when, recurrence, chinese));
    }

    /** What is left once the ask and the time words are gone: the task itself. */
    private static Optional<String> task(String rest, boolean chinese) {
        String text = chinese
                ? rest.replaceAll("(请|麻烦|记得)?(提醒一下我|提醒我|叫我|记得提醒)(一下)?", " ")
                        .replaceAll("^[\\s，,。.!！?？:：]*(要|去)?", "")
                        .replaceAll("[\\s，,。.!！?？]+$", "")
                : rest.replaceAll("(?i)\\b(please|can you|could you|set (a|an) reminder( for me)?|remind me)\\b", " ")
                        .replaceAll("(?i)^[\\s,.!?:]*(to|about|that)\\s+", "")
                        .replaceAll("(?i)\\s+(to|about)\\s*$", "")
                        .replaceAll("(?i)^\\s*(to|about|that)\\s+", "")
                        .replaceAll("[\\s,.!?]+$", "");
        text = text.replaceAll("\\s{2,}", " ").strip();
        if (!chinese) {
            text = text.replaceAll("(?i)^(to|about|that)\\s+", "").strip();
        }
        return text.isEmpty() ? Optional.of(chinese ? "提醒" : "reminder") : Optional.of(text);
    }

    private static String periodBefore(String message, int index) {
        Matcher period = ZH_PERIOD.matcher(message);
        String found = null;
        while (period.find() && period.start() < index + 10) {
            found = period.group();
        }
        return found;
    }

    private static LocalTime chineseTime(String period, String hourText, String minuteText) {
        int hour = (int) chineseNumber(hourText);
        int minute =
                minuteText == null ? 0 : minuteText.equals("半") ? 30 : (int) chineseNumber(minuteText.replace("分", ""));
        if (period != null
                && (period.equals("下午")
                        || period.equals("傍晚")
                        || period.equals("晚上")
                        || period.equals("今晚")
                        || period.equals("明晚"))
                && hour < 12) {
            hour += 12;
        }
        if (period != null && period.equals("中午") && hour < 11) {
            hour += 12;
        }
        return LocalTime.of(Math.min(hour, 23), Math.min(minute, 59));
    }

    private static LocalTime englishTime(Matcher t) {
        if (t.group(7) != null) {
            return t.group(7).equalsIgnoreCase("noon") ? LocalTime.NOON : LocalTime.MIDNIGHT;
        }
        if (t.group(4) != null) {
            return LocalTime.of(Integer.parseInt(t.group(4)), Integer.parseInt(t.group(5)));
        }
        if (t.group(6) != null) {
            int hour = Integer.parseInt(t.group(6));
            // "at 7" with no am/pm: the next such hour in a waking day.
            return LocalTime.of(hour < 7 ? hour + 12 : Math.min(hour, 23), 0);
        }
        int hour = Integer.parseInt(t.group(1)) % 12;
        boolean pm = t.group(3).toLowerCase(Locale.ROOT).startsWith("p");
        return LocalTime.of(pm ? hour + 12 : hour, t.group(2) == null ? 0 : Integer.parseInt(t.group(2)));
    }

    static long chineseNumber(String text) {
        if (text.matches("\\d+")) {
            return Long.parseLong(text);
        }
        String digits = "零一二三四五六七八九";
        int tenAt = text.indexOf('十');
        if (tenAt < 0) {
            return text.equals("两") ? 2 : digits.indexOf(text.charAt(0));
        }
        int tens = tenAt == 0 ? 1 : digit(text.charAt(0));
        int ones = tenAt == text.length() - 1 ? 0 : digit(text.charAt(tenAt + 1));
        return tens * 10L + ones;
    }

    private static int digit(char c) {
        return c == '两' ? 2 : "零一二三四五六七八九".indexOf(c);
    }

    private static DayOfWeek chineseDay(String text) {
        return switch (text) {
            case "一", "1" -> DayOfWeek.MONDAY;
            case "二", "2" -> DayOfWeek.TUESDAY;
            case "三", "3" -> DayOfWeek.WEDNESDAY;
            case "四", "4" -> DayOfWeek.THURSDAY;
            case "五", "5" -> DayOfWeek.FRIDAY;
            case "六", "6" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
