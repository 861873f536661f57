package dev.rapport.memory;

import java.util.regex.Pattern;

/**
 * How long a stance has held ("我吃素好几年了", "I've been vegan for years") only confirms that it
 * lasts, so it is taken out before the rules read the clause: "好几年" would otherwise read as a
 * question (几), and "I've been" as something other than "I'm".
 */
final class Lasting {

    private static final Pattern ZH_SINCE =
            Pattern.compile("(?:已经)?(?:好|很|这么)?(?:多|几|十几|几十|[一二两三四五六七八九十\\d]+)(?:个)?(?:年|个月)(?:了|啦)?(?=[，,。.！!；;\\s]|$)"
                    + "|(?:很久|好久|一辈子)了(?=[，,。.！!；;\\s]|$)");
    private static final Pattern EN_SINCE = Pattern.compile(
            "\\s+(?:for (?:many |a few |several |a couple of |\\d+ |two |three |five |ten )?(?:years|months|decades)"
                    + "|for (?:a long time|ages|as long as i can remember)|since (?:i was a (?:kid|child|teenager)|childhood)"
                    + "|all my life)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "I've been vegetarian", "I've been avoiding dairy"; "I've been to Paris" is not a stance. */
    private static final Pattern EN_BEEN =
            Pattern.compile("\\bi(?:'ve|\\s+have)\\s+been\\s+(?!to\\b)", Pattern.CASE_INSENSITIVE);

    /** "I've been wearing size 40 for years" is the habit "I wear size 40", which the rules read. */
    private static final Pattern EN_BEEN_DOING = Pattern.compile(
            "\\bi(?:'ve|\\s+have)\\s+been\\s+(wear|eat|drink|buy|shopp|avoid|follow|us|tak)ing\\b",
            Pattern.CASE_INSENSITIVE);

    private Lasting() {}

    static String plain(String text) {
        String zh = ZH_SINCE.matcher(text).replaceAll("");
        String en = EN_SINCE.matcher(zh).replaceAll("");
        String doing = EN_BEEN_DOING.matcher(en).replaceAll(m -> "I " + verb(m.group(1)));
        return EN_BEEN.matcher(doing).replaceAll("I'm ");
    }

    private static String verb(String stem) {
        return switch (stem.toLowerCase(java.util.Locale.ROOT)) {
            case "shopp" -> "shop";
            case "us", "tak" -> stem + "e";
            default -> stem;
        };
    }
}
