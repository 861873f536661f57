package dev.rapport.privacy.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names, where the writer says one is coming: 我叫 / 我是 / 名字是 / 姓名 / 收货人 and a
 * name starting with a common surname; 王先生, 李女士 (the surname is redacted); "my name is",
 * "this is", "I'm" with two capitalised words, a greeting (Dear, Hi, Hello) or a sign-off (Thanks,
 * Regards) next to a capitalised name, and Mr. / Ms. / Dr. before one. A name without such a cue —
 * "the parcel is for Alex" — is not found: without a list of every name, a name is only a word.
 */
public final class NameDetector implements Detector {

    /** The 200-odd most common single surnames, minus characters that mostly start ordinary words (和, 于). */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚"
            + "卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
            + "汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕裴霍"
            + "涂苗谷盛翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓古吉缪车项芦麦褚娄窦戚岑宫费卜冷晏席卫米柏"
            + "宗瞿桂佟臧闵苟邬卞姬仇栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝林洪";

    private static final Set<String> COMPOUND_SURNAMES =
            Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "长孙", "宇文");

    /** Characters that end a Chinese name rather than continue it (particles, pronouns, 请, 电话 …). */
    private static final String NOT_IN_NAME = "的了是在和与跟给把被对从到就也都还又再请帮您你我他她它们这那个么吗呢吧啊呀哦嘛电手号码订单微信先女老想要说问买退换查刚昨今上下之来去";

    /** What may follow a name under the weak cue 我是: a break, or a word that starts a new clause. */
    private static final String AFTER_NAME = "的想要在请帮电手我订刚昨今上之啊呀哦呢吧，。,.!！?？、;；:：)）~～";

    private static final Set<String> GROUPS = Set.of("穆斯林", "回教", "吴语", "马来", "白领", "上班族");

    private static final Pattern ZH_CUE =
            Pattern.compile("(?<strong>我叫|我的名字(?:是|叫)|名字(?:是|叫)|名字[：:]|姓名(?:是|为)?[：:]?|收货人|收件人|联系人)"
                    + "|(?<weak>我是)|(?<surname>我姓)|(?<title>先生|女士|小姐|老师|经理|太太)");

    private static final String NAME_WORD = "\\p{Lu}\\p{Ll}*(?:['’-]\\p{Lu}?\\p{Ll}+)*";
    private static final Pattern CAPITALISED = Pattern.compile(NAME_WORD + "(?: " + NAME_WORD + "){0,2}");
    private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}+(?: \\p{Ll}+)?");
    private static final Pattern TITLE = Pattern.compile("(?i:mr|mrs|ms|miss|dr)\\.?\\s+");

    private static final Pattern EN_CUE = Pattern.compile("(?i)(?<![\\p{L}'])(?:"
            + "(?<own>my\\s+name\\s+is|my\\s+name's|name\\s+is|name\\s*:)"
            + "|(?<placed>this\\s+is|recipient\\s+is|recipient\\s*:|contact\\s*:|addressee\\s*:)|(?<self>i'm|i’m|i\\s+am)|(?<greeting>dear|hi|hello|hey)|(?<signoff>thanks|thank\\s+you|best\\s+regards|kind\\s+regards|regards|best|cheers|sincerely)\\s*[,!]?\\s*(?=\\n"
            + "|$)|(?<signoff2>thanks|thank\\s+you|best\\s+regards|kind\\s+regards|regards|best|cheers|sincerely)\\s*,"
            + "|(?<title>mr|mrs|ms|miss|dr)\\.?(?=\\s))\\s*");

    /** Capitalised words that follow these cues without being names. */
    private static final Set<String> NOT_NAMES = Set.of(
            "the",
            "a",
            "an",
            "it",
            "this",
            "that",
            "not",
            "order",
            "orders",
            "amazon",
            "apple",
            "google",
            "sir",
            "madam",
            "team",
            "all",
            "there",
            "everyone",
            "customer",
            "customers",
            "support",
            "service",
            "urgent",
            "happy",
            "sorry",
            "just",
            "here",
            "in",
            "on",
            "at",
            "about",
            "your",
            "my",
            "our",
            "from",
            "with",
            "again",
            "yes",
            "no",
            "ok",
            "okay",
            "thanks",
            "thank",
            "please",
            "guys",
            "folks",
            "wechat",
            "qq",
            "pay",
            "mr",
            "mrs",
            "ms",
            "dr",
            "miss",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "what",
            "why",
            "how",
            "when",
            "where",
            "who",
            "is",
            "so",
            "and",
            "or",
            "but",
            "really",
            "still",
            "also",
            "very",
            "too",
            "now",
            "today",
            "tomorrow",
            "fine",
            "good",
            "great",
            "for",
            "to",
            "of",
            "by",
            "as",
            "if",
            "be",
            "me",
            "you",
            "we",
            "they",
            "he",
            "she",
            "i",
            "btw");

    @Override
    public void detect(String text, List<PiiSpan> found) {
        if (mayHaveChineseCue(text)) {
            chinese(text, found);
        }
        english(text, found);
    }

    private static void chinese(String text, List<PiiSpan> found) {
        Matcher cue = ZH_CUE.matcher(text);
        while (cue.find()) {
            if (cue.group("title") != null) {
                surnameBefore(text, cue.start(), found);
            } else if (cue.group("surname") != null) {
                int at = skipSeparators(text, cue.end());
                int length = surnameLength(text, at);
                if (length > 0
                        && (at + length == text.length()
                                || !isHan(text.charAt(at + length))
                                || AFTER_NAME.indexOf(text.charAt(at + length)) >= 0)) {
                    add(found, text, at, at + length);
                }
            } else {
                int at = skipSeparators(text, cue.end());
                boolean strong = cue.group("strong") != null;
                int end = chineseName(text, at, strong);
                if (end > at && (strong || !isGroup(text.substring(at, end)))) {
                    add(found, text, at, end);
                }
            }
        }
    }

    /**
     * "我是穆斯林", "我是韩国人", "我是佛教徒": a faith or a people after 我是 reads like a surname and a given name,
     * and redacting it would also hide the reason a preference is sensitive.
     */
    private static boolean isGroup(String word) {
        return GROUPS.contains(word) || "人徒族民".indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /** 王先生, 欧阳女士: the surname right before a form of address. */
    private static void surnameBefore(String text, int title, List<PiiSpan> found) {
        if (title >= 2 && COMPOUND_SURNAMES.contains(text.substring(title - 2, title))) {
            add(found, text, title - 2, title);
        } else if (title >= 1 && SURNAMES.indexOf(text.charAt(title - 1)) >= 0) {
            add(found, text, title - 1, title);
        }
    }

    /**
     * The end of a name starting at {@code at}, or {@code at} if none: a surname and one or two
     * given characters. Under a strong cue (我叫, 姓名) a nickname (小明, 阿强) also counts, and a
     * name may run into the next word; under 我是 ("我是学生", "我是高端用户") it must end the clause.
     */
    private static int chineseName(String text, int at, boolean strong) {
        int surname = surnameLength(text, at);
        if (surname == 0 && strong && at + 1 < text.length() && "小阿老".indexOf(text.charAt(at)) >= 0) {
            surname = 1;
        }
        if (surname == 0) {
            return at;
        }
        int given = 0;
        while (given < 2 && isGivenChar(text, at + surname + given)) {
            given++;
        }
        for (int g = given; g >= 1; g--) {
            int end = at + surname + g;
            if (end == text.length() || AFTER_NAME.indexOf(text.charAt(end)) >= 0 || !isHan(text.charAt(end))) {
                return end;
            }
        }
        return strong && given > 0 ? at + surname + 1 : at;
    }

    private static int surnameLength(String text, int at) {
        if (at + 2 <= text.length() && COMPOUND_SURNAMES.contains(text.substring(at, at + 2))) {
            return 2;
        }
        return at < text.length() && SURNAMES.indexOf(text.charAt(at)) >= 0 ? 1 : 0;
    }

    private static boolean isGivenChar(String text, int i) {
        return i < text.length() && isHan(text.charAt(i)) && NOT_IN_NAME.indexOf(text.charAt(i)) < 0;
    }

    private static void english(String text, List<PiiSpan> found) {
        Matcher cue = EN_CUE.matcher(text);
        while (cue.find()) {
            int at = cue.end();
            if (cue.group("title") == null) {
                Matcher title = TITLE.matcher(text).region(at, text.length());
                if (title.lookingAt()) {
                    at = title.end();
                }
            }
            Matcher name = CAPITALISED.matcher(text).region(at, text.length());
            int end = -1;
            if (name.lookingAt()) {
                end = trimNotNames(text, at, name.end());
            } else if (cue.group("own") != null) {
                Matcher lower = LOWER_CASE.matcher(text).region(at, text.length());
                if (lower.lookingAt()) {
                    end = trimNotNames(text, at, lower.end());
                }
            }
            if (end <= at || end - at < 2 || NOT_NAMES.contains(word(text, at))) {
                continue;
            }
            if (cue.group("self") != null && text.substring(at, end).indexOf(' ') < 0) {
                continue; // "I'm Happy with it": only a first and last name after I'm / I am
            }
            if ((cue.group("signoff") != null || cue.group("signoff2") != null) && !endsText(text, end)) {
                continue; // "Best, the team is great" is not a signature
            }
            if (cue.group("greeting") != null && end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            add(found, text, at, end);
        }
    }

    /** Drops trailing words of a run that are not names ("Emily Clark Thanks" → "Emily Clark"). */
    private static int trimNotNames(String text, int start, int end) {
        int cut = start;
        int i = start;
        while (i < end) {
            int space = text.indexOf(' ', i);
            int wordEnd = space < 0 || space > end ? end : space;
            if (NOT_NAMES.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT))) {
                break;
            }
            cut = wordEnd;
            i = wordEnd + 1;
        }
        return cut;
    }

    private static boolean endsText(String text, int end) {
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && ".!~".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String word(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end).toLowerCase(Locale.ROOT);
    }

    private static int skipSeparators(String text, int at) {
        while (at < text.length() && " \t：:".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    private static void add(List<PiiSpan> found, String text, int start, int end) {
        found.add(
                new PiiSpan(PiiType.NAME, start, end, text.substring(start, end).toLowerCase(Locale.ROOT)));
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    private static boolean mayHaveChineseCue(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
