package dev.rapport.privacy.detect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WeChat and QQ ids. A generated WeChat id ({@code wxid_…}) is recognisable anywhere; anything
 * else only right after 微信 / 微信号 / WeChat / QQ / QQ号, because the same shapes are words,
 * SKUs and numbers everywhere else. A QQ id is 5 to 11 digits; a WeChat id a letter followed by 5
 * to 19 letters, digits, '_' or '-' — with a digit, '_' or '-' in it unless the label is explicit
 * (微信号：, WeChat ID:), so that "WeChat Pay" or "微信 support" stay words.
 */
public final class MessagingIdDetector implements Detector {

    private static final Pattern WXID = Pattern.compile("(?i)(?<![A-Za-z0-9_-])wxid_[a-z0-9]{4,30}(?![A-Za-z0-9_-])");

    private static final Pattern LABELLED =
            Pattern.compile("(?<![A-Za-z])(?:(?<wechat>微信号码|微信号|微信|(?i:we\\s?chat|weixin|vx)(?<explicit>\\s*(?i:id))?)"
                    + "|(?<qq>(?i:qq)(?:号码|号|(?i:\\s*(?:id|number|no\\.?)))?))"
                    + "\\s*(?:是|为|：|:|(?i:is))?\\s*[：:]?\\s*"
                    + "(?<value>[A-Za-z0-9][A-Za-z0-9_-]{3,29})(?![A-Za-z0-9_-])");

    @Override
    public void detect(String text, List<PiiSpan> found) {
        Matcher wxid = WXID.matcher(text);
        while (wxid.find()) {
            found.add(new PiiSpan(
                    PiiType.IM_ID, wxid.start(), wxid.end(), wxid.group().toLowerCase(Locale.ROOT)));
        }
        if (!mentionsMessenger(text)) {
            return;
        }
        Matcher m = LABELLED.matcher(text);
        while (m.find()) {
            String value = m.group("value");
            boolean accepted = m.group("qq") != null ? isQqNumber(value) : isWeChatId(value, explicit(m));
            if (accepted && !value.regionMatches(true, 0, "wxid_", 0, 5)) {
                found.add(new PiiSpan(PiiType.IM_ID, m.start("value"), m.end("value"), value.toLowerCase(Locale.ROOT)));
            }
        }
    }

    /** "微信号：abcdef", "WeChat ID: abcdef": the label says what follows, even in plain letters. */
    private static boolean explicit(Matcher m) {
        String between = m.group().substring(m.end("wechat") - m.start(), m.start("value") - m.start());
        return m.group("explicit") != null
                || m.group("wechat").startsWith("微信号")
                || between.indexOf(':') >= 0
                || between.indexOf('：') >= 0;
    }

    private static boolean isQqNumber(String value) {
        if (value.length() < 5 || value.length() > 11 || value.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!Scan.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWeChatId(String value, boolean explicitLabel) {
        if (value.length() < 6 || value.length() > 20 || !Character.isLetter(value.charAt(0))) {
            return false;
        }
        if (explicitLabel) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Scan.isDigit(c) || c == '_' || c == '-') {
                return true;
            }
        }
        return false;
    }

    /** Most messages name no messenger: one pass over the characters instead of a regex. */
    private static boolean mentionsMessenger(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '微' || c == 'q' || c == 'Q' || c == 'w' || c == 'W' || c == 'v' || c == 'V') {
                return true;
            }
        }
        return false;
    }
}
