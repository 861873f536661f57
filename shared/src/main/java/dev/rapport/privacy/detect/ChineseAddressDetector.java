package dev.rapport.privacy.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese street addresses. A road name with a house number (…路88号, …大道北段1700号, …弄5号)
 * or a building in an estate (…小区5栋, …村3组) is what makes a place an address rather than a
 * city or a district, so detection starts from that anchor, reaches left over the province, city
 * and district and right over building, unit and room. "住在浦东新区" stays: it is a district.
 */
public final class ChineseAddressDetector implements Detector {

    private static final Pattern ANCHOR =
            Pattern.compile("(?:大道|大街|路|街|巷|胡同|道)(?:[东西南北中]段|\\d段)?\\s*\\d{1,5}\\s*(?:号院|号|弄)"
                    + "|(?:小区|花园|公寓|大厦|家园|新村|苑|社区)\\s*[A-Za-z0-9]{1,4}\\s*(?:号楼|栋|幢|座)"
                    + "|村\\s*\\d{1,4}\\s*(?:组|号)");

    /**
     * Building, unit, floor and room after the anchor; a bare "N号" only right after it, never
     * "明天3号". Bounded: six parts is more than any address has, and an unbounded repetition
     * recurses once per part in java.util.regex.
     */
    private static final Pattern TAIL = Pattern.compile("(?:\\s*\\d{1,5}\\s*(?:号楼|号|弄|栋|幢|座|单元|门|楼|层|室)"
            + "|\\s*[\\p{IsHan}A-Za-z]{0,12}?\\s*(?:[A-Za-z]|\\d{1,5}|[甲乙丙丁])\\s*(?:号楼|栋|幢|座|单元|门|楼|层|室)){0,6}"
            + "(?:\\s*[A-Za-z]?\\d{2,5}(?![\\d年月日元件个.:：%])(?:室|房)?)?");

    /** Words that end the lead-in ("寄到", "住在", "地址是"), so the address starts after them. */
    private static final String STOPS = "在到至寄送是址往于住了的我你他她请把从给填搬改换去为和或";

    /** Words that end in 路, 道 or 街 without naming a road. */
    private static final List<String> NOT_ROADS = List.of(
            "线路", "电路", "道路", "马路", "铁路", "一路", "条路", "网路", "知道", "味道", "难道", "报道", "频道", "通道", "轨道", "隧道", "跑道", "车道",
            "渠道", "管道", "赛道", "人行道", "街道", "说道", "逛街", "上街", "条街");

    private static final int MAX_LEAD = 24;

    /** The characters an anchor can begin with. */
    private static final String ANCHOR_FIRST = "大路街巷胡道小花公家新苑社村";

    private static final Scan.Start ANCHOR_START = (text, i) -> {
        char c = text.charAt(i);
        return c >= '\u4e00' && ANCHOR_FIRST.indexOf(c) >= 0;
    };

    @Override
    public void detect(String text, List<PiiSpan> found) {
        Matcher tail = TAIL.matcher(text);
        int[] covered = {0};
        Scan.each(text, ANCHOR, ANCHOR_START, anchor -> {
            int at = anchor.start();
            if (at < covered[0] || isNotARoad(text, at)) {
                return;
            }
            int start = leadStart(text, at);
            if (start == at && text.charAt(at) != '村') {
                return; // "路88号" with no road name before it is not an address
            }
            tail.region(anchor.end(), text.length());
            int end = tail.lookingAt() ? tail.end() : anchor.end();
            found.add(new PiiSpan(PiiType.ADDRESS, start, end, normalize(text, start, end)));
            covered[0] = end;
        });
    }

    private static boolean isNotARoad(String text, int suffix) {
        for (String word : NOT_ROADS) {
            int from = suffix - word.length() + 1;
            if (from >= 0 && text.startsWith(word, from)) {
                return true;
            }
        }
        return false;
    }

    private static int leadStart(String text, int anchor) {
        int start = anchor;
        while (start > 0 && anchor - start < MAX_LEAD) {
            char c = text.charAt(start - 1);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || STOPS.indexOf(c) >= 0) {
                break;
            }
            start--;
        }
        return start;
    }

    private static String normalize(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
