package dev.rapport.tools.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which account tool a message asks for, in Chinese or English, with the input its words give: what
 * the offline engine calls, and why a canned FAQ answer does not take such a message. Unsure means none.
 */
public final class AccountQuestion {

    /** A tool by name and its input. */
    public record Asked(String tool, Map<String, Object> input) {}

    private static final Pattern ERASE = Pattern.compile("(?i)\\b(?:delete|erase|wipe|remove)\\b.{0,20}\\b(?:all\\s+)?"
            + "(?:my|of my)\\s+(?:personal\\s+)?(?:data|account|information|info)\\b"
            + "|把我的(?:所有|全部)?(?:个人)?(?:数据|信息|资料|账号|账户).{0,3}(?:删|清)"
            + "|(?:删掉|删除|清除|清空|抹掉)(?:我的)?(?:所有|全部)?(?:个人)?(?:数据|资料|信息|账号|账户)|注销(?:我的)?(?:账号|账户)");
    private static final Pattern EXPORT = Pattern.compile("(?i)\\b(?:export|download|copy of)\\b.{0,20}\\bmy\\s+"
            + "(?:personal\\s+)?(?:data|information|info)\\b|\\bwhat (?:data|information) do you (?:have|hold|keep)\\b"
            + "|(?:导出|下载)(?:我的)?(?:所有|全部)?(?:个人)?(?:数据|资料|信息)"
            + "|(?:你们|你)(?:有|存了|保存了|保留了)(?:我)?(?:哪些|什么)(?:数据|资料|个人信息)");
    private static final Pattern LIST = Pattern.compile("(?i)\\bwhat (?:do|did) you (?:remember|know) about me\\b"
            + "|\\bwhat have you (?:remembered|kept) about me\\b|\\b(?:show|list) (?:me )?(?:my|your) memories\\b"
            + "|你(?:都)?(?:记得|记住了|知道|记下了)(?:关于)?我(?:的)?(?:些)?(?:什么|哪些)|你都记得什么|我的记忆有哪些");
    private static final Pattern FORGET = Pattern.compile("(?i)^\\s*(?:please\\s+)?(?:forget|stop remembering)\\s+"
            + "(?:that\\s+|about\\s+)?(?!everything\\b)(.{2,120}?)[.!。！]?\\s*$"
            + "|^\\s*(?:请)?(?:忘掉|忘记|别记住|不要记住|删掉关于)(?!一切|所有|全部)(.{2,60}?)[.!。！]?\\s*$");
    private static final Pattern SETTINGS = Pattern.compile("(?i)\\b(?:what are|show(?: me)?|check) my "
            + "(?:privacy )?(?:settings|preferences)\\b|我的(?:隐私)?设置|查看(?:我的)?设置");

    private static final Pattern MARKETING_OFF = Pattern.compile("(?i)\\b(?:turn off|stop|unsubscribe|opt out|"
            + "no more|don't send|do not send)\\b.{0,30}\\b(?:marketing|promotion|promotional|newsletters?|ads|offers)"
            + "|\\bunsubscribe\\b|(?:关闭|关掉|取消|退订).{0,4}(?:营销|推广|促销|广告)|不要(?:再)?(?:给我)?(?:发|推送).{0,6}"
            + "(?:营销|推广|促销|广告)");
    private static final Pattern MARKETING_ON = Pattern.compile("(?i)\\b(?:turn on|subscribe|opt in|sign me up)"
            + "\\b.{0,30}\\b(?:marketing|promotion|promotional|newsletters?|offers)|(?:开启|打开|订阅).{0,4}"
            + "(?:营销|推广|促销)");
    private static final Pattern MEMORY_OFF = Pattern.compile("(?i)\\b(?:turn off|disable|switch off)\\b.{0,10}"
            + "\\bmemory\\b|\\bstop remembering (?:me|things|anything)\\b|\\bdon't remember anything\\b"
            + "|(?:关闭|关掉|停用)(?:你的)?记忆|不要(?:再)?记住(?:我的)?任何|别再记(?:住)?任何");
    private static final Pattern MEMORY_ON =
            Pattern.compile("(?i)\\b(?:turn on|enable|switch on)\\b.{0,10}\\bmemory\\b|(?:开启|打开|启用)(?:你的)?记忆");
    private static final Pattern SENSITIVE_OFF = Pattern.compile("(?i)\\b(?:turn off|disable|stop keeping|don't keep)"
            + "\\b.{0,20}\\b(?:sensitive|health)\\b|(?:关闭|关掉).{0,4}敏感|不要(?:再)?记(?:住)?(?:我的)?(?:敏感|健康)");
    private static final Pattern SENSITIVE_ON = Pattern.compile(
            "(?i)\\b(?:allow|turn on|enable)\\b.{0,20}" + "\\b(?:sensitive|health)\\b|(?:允许|开启|打开).{0,6}(?:敏感|健康)");
    private static final Pattern TIMEZONE =
            Pattern.compile("(?i)(?:time ?zone|时区).{0,20}?\\b([A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)");
    private static final Pattern LANGUAGE = Pattern.compile("(?i)(?:language|语言).{0,20}?(english|chinese|中文|英文)");

    private AccountQuestion() {}

    public static Optional<Asked> of(String message) {
        if (ERASE.matcher(message).find()) {
            return asked("erase_my_data", Map.of());
        }
        if (EXPORT.matcher(message).find()) {
            return asked("export_my_data", Map.of());
        }
        Map<String, Object> change = settingsChange(message);
        if (!change.isEmpty()) {
            return asked("change_settings", change);
        }
        if (LIST.matcher(message).find()) {
            return asked("list_memories", Map.of());
        }
        Matcher forget = FORGET.matcher(message);
        if (forget.find()) {
            String description = forget.group(1) != null ? forget.group(1) : forget.group(2);
            return asked("forget_memory", Map.of("description", description.strip()));
        }
        return SETTINGS.matcher(message).find() ? asked("account_settings", Map.of()) : Optional.empty();
    }

    /** Whether {@code message} asks for {@code tool}. */
    static boolean asks(String message, String tool) {
        return of(message).filter(a -> a.tool().equals(tool)).isPresent();
    }

    private static Map<String, Object> settingsChange(String message) {
        Map<String, Object> change = new LinkedHashMap<>();
        // A withdrawal is read first: "stop sending offers" must never read as a yes to them.
        if (MARKETING_OFF.matcher(message).find()) {
            change.put("marketingOptIn", false);
        } else if (MARKETING_ON.matcher(message).find()) {
            change.put("marketingOptIn", true);
        }
        if (MEMORY_OFF.matcher(message).find()) {
            change.put("memoryEnabled", false);
        } else if (MEMORY_ON.matcher(message).find()) {
            change.put("memoryEnabled", true);
        }
        if (SENSITIVE_OFF.matcher(message).find()) {
            change.put("sensitiveMemoryAllowed", false);
        } else if (SENSITIVE_ON.matcher(message).find()) {
            change.put("sensitiveMemoryAllowed", true);
        }
        Matcher zone = TIMEZONE.matcher(message);
        if (zone.find()) {
            change.put("timezone", zone.group(1));
        }
        Matcher language = LANGUAGE.matcher(message);
        if (language.find()) {
            String named = language.group(1).toLowerCase(java.util.Locale.ROOT);
            change.put("locale", named.equals("english") || named.equals("英文") ? "en" : "zh-CN");
        }
        return change;
    }

    private static Optional<Asked> asked(String tool, Map<String, Object> input) {
        return Optional.of(new Asked(tool, input));
    }
}
