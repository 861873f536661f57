package dev.rapport.speech.polly;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a reply written for a screen into words for a voice: markdown marks are dropped (a voice
 * would read "asterisk"), a link keeps its label and a bare URL becomes a pointer to the written reply
 * (nobody can take down a URL read aloud), and an order or tracking number is read digit by digit —
 * "1 0 4 2", or in Chinese 一零四二 — rather than as "one thousand and forty-two". A redaction
 * placeholder the reply echoes ([EMAIL_1]) is read as what it stands for. Prices, times and other
 * figures are left as they are.
 */
final class Spoken {

    private static final Pattern CODE_FENCE = Pattern.compile("(?m)^\\s*```.*$\\n?");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}.*$\\n?");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\((?:[^()\\s]+)\\)");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S*[^\\s.,;:!?。，；：！？)）」』\"'\\]]");
    private static final Pattern LINE_MARK = Pattern.compile("(?m)^[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+•][ \\t]+)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\w*])([*_])(?=\\S)([^*_\\n]+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern MARKS = Pattern.compile("~~|`");
    private static final Pattern PIPES = Pattern.compile("[ \\t]*\\|[ \\t]*");
    private static final Pattern ORDER_NUMBER = Pattern.compile(
            "(?i)((?:order|parcel|tracking|订单|单号|包裹|运单)(?:\\s*(?:no\\.?|number|号|编号))?\\s*[:：#]?\\s*#?\\s*)"
                    + "([A-Za-z]{0,4})(\\d{3,})");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\d.,])\\d{8,}(?![\\d.,]\\d)");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final String CHINESE_DIGITS = "零一二三四五六七八九";
    /** A redaction placeholder the model echoed, such as [EMAIL_1]: read as what it stands for. */
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\[(EMAIL|PHONE|CN_ID|BANK_CARD|PASSPORT|ADDRESS|NAME)_\\d+]");

    private static final Map<String, String> CHINESE_KINDS = Map.of(
            "EMAIL", "您的邮箱",
            "PHONE", "您的电话",
            "CN_ID", "您的身份证号",
            "BANK_CARD", "您的银行卡",
            "PASSPORT", "您的护照号",
            "ADDRESS", "您的地址",
            "NAME", "您的名字");
    private static final Map<String, String> ENGLISH_KINDS = Map.of(
            "EMAIL", "your email address",
            "PHONE", "your phone number",
            "CN_ID", "your ID number",
            "BANK_CARD", "your bank card",
            "PASSPORT", "your passport number",
            "ADDRESS", "your address",
            "NAME", "your name");

    private Spoken() {}

    static String from(String reply, boolean chinese) {
        String text = CODE_FENCE.matcher(reply).replaceAll("");
        text = TABLE_RULE.matcher(text).replaceAll("");
        text = IMAGE_OR_LINK.matcher(text).replaceAll("$1");
        text = URL.matcher(text)
                .replaceAll(Matcher.quoteReplacement(chinese ? "文字回复里的链接" : "the link in the written reply"));
        text = PLACEHOLDER.matcher(text).replaceAll(m -> (chinese ? CHINESE_KINDS : ENGLISH_KINDS).get(m.group(1)));
        text = LINE_MARK.matcher(text).replaceAll("");
        text = STRONG.matcher(text).replaceAll("$2");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        text = MARKS.matcher(text).replaceAll("");
        text = PIPES.matcher(text).replaceAll(" ");
        text = ORDER_NUMBER
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace('#', ' ')
                        + m.group(2)
                        + (m.group(2).isEmpty() ? "" : " ")
                        + digits(m.group(3), chinese)));
        text = LONG_NUMBER.matcher(text).replaceAll(m -> digits(m.group(), chinese));
        text = SPACES.matcher(text).replaceAll(" ");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    /** One digit at a time: spaced for English voices, as Chinese numerals for Mandarin ones. */
    private static String digits(String number, boolean chinese) {
        StringBuilder read = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (chinese) {
                read.append(CHINESE_DIGITS.charAt(c - '0'));
            } else {
                read.append(read.isEmpty() ? "" : " ").append(c);
            }
        }
        return read.toString();
    }
}
