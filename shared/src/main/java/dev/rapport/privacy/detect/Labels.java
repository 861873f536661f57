package dev.rapport.privacy.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the customer wrote right before a number. "订单号 4023…" or "tracking 7731…" names a
 * business reference, which may well pass a Luhn check by chance; a nearby "护照" or "passport"
 * is what makes a short alphanumeric code a passport number.
 */
final class Labels {

    /** A business-reference label directly before the number, allowing "号码是", "No.", "#", ":" between. */
    static final Pattern REFERENCE = Pattern.compile("(?:订单|单号|运单|快递|物流|发票|编号|编码|会员|积分|批次|取件码|验证码|流水号|交易号|券|串号|序列号"
            + "|(?i:order|tracking|invoice|reference|ref|batch|member(?:ship)?|loyalty|rma|code|receipt|sku|serial|imei))"
            + "\\s*(?:号码|号|码|(?i:no\\.?|number|num|id|#))?\\s*(?:是|为|(?i:is))?\\s*[:：#]?\\s*$");

    private static final String PASSPORT_WORD = "passport";

    private Labels() {}

    /**
     * Where the next 护照 / 護照 / passport (any case) begins at or after {@code from}, or -1; its
     * length is {@link #passportLength}. A hand-rolled search: a case-insensitive regex costs
     * tens of microseconds on every message, most of which never mention a passport.
     */
    static int passportMention(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '护' || c == '護') && i + 1 < text.length() && text.charAt(i + 1) == '照') {
                return i;
            }
            if ((c == 'p' || c == 'P') && text.regionMatches(true, i, PASSPORT_WORD, 0, PASSPORT_WORD.length())) {
                return i;
            }
        }
        return -1;
    }

    static int passportLength(String text, int at) {
        return text.charAt(at) == 'p' || text.charAt(at) == 'P' ? PASSPORT_WORD.length() : 2;
    }

    /** True when {@code pattern} matches text ending exactly at {@code start}, within {@code window} chars. */
    static boolean endsBefore(Pattern pattern, String text, int start, int window) {
        Matcher matcher = pattern.matcher(text);
        matcher.region(Math.max(0, start - window), start);
        return matcher.find();
    }
}
