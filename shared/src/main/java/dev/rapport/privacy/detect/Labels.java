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
    static final Pattern REFERENCE = Pattern.compile(
            "(?:订单|单号|运单|快递|物流|发票|编号|编码|会员|积分|批次|取件码|验证码|流水号|交易号|券"
                    + "|(?i:order|tracking|invoice|reference|ref|batch|member(?:ship)?|loyalty|rma|code|receipt|sku|serial))"
                    + "\\s*(?:号码|号|码|(?i:no\\.?|number|num|id|#))?\\s*(?:是|为|(?i:is))?\\s*[:：#]?\\s*$");

    static final Pattern PASSPORT = Pattern.compile("护照|護照|(?i:passport)");

    private Labels() {}

    /** True when {@code pattern} matches text ending exactly at {@code start}, within {@code window} chars. */
    static boolean endsBefore(Pattern pattern, String text, int start, int window) {
        Matcher matcher = pattern.matcher(text);
        matcher.region(Math.max(0, start - window), start);
        return matcher.find();
    }

    /** True when {@code pattern} occurs in the {@code before} chars before or {@code after} chars after the span. */
    static boolean near(Pattern pattern, String text, int start, int end, int before, int after) {
        Matcher matcher = pattern.matcher(text);
        matcher.region(Math.max(0, start - before), start);
        if (matcher.find()) {
            return true;
        }
        matcher.region(end, Math.min(text.length(), end + after));
        return matcher.find();
    }
}
