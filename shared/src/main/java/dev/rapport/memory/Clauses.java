package dev.rapport.memory;

import dev.rapport.text.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a message into clauses. Facts are only taken from clauses whose subject is the customer, so
 * "my friend likes cats" or "我老公不吃香菜" never reach a rule; a clause without a subject
 * inherits it from the clause before ("我吃全素，对大豆过敏").
 */
final class Clauses {

    private static final Pattern SENTENCE = Pattern.compile("(?s).+?(?:[。！？!?；;\\n]+|\\.(?=\\s|$)|$)");
    private static final Pattern PART_BREAK = Pattern.compile(
            "[，,、]|(?<=\\p{IsHan})\\s+(?=\\p{IsHan})"
                    + "|\\s+(?:and|but|so)\\s+(?=(?:(?:realistically|honestly|basically|really|actually|obviously)\\s+)?"
                    + "(?:i|i'm|i've|my)\\b)"
                    // "coeliac here so absolutely no gluten", "sensitive to fragrance so unscented stuff only".
                    + "|\\s+so\\s+(?=(?:(?:absolutely|strictly|definitely|totally|really)\\s+)?(?:no|never|nothing|please|pls)\\b"
                    + "|[^,]{1,40}\\s(?:only|fits? me|suits? me)\\b)"
                    + "|\\s+(?:and|but)\\s+(?=(?:also |too )?(?:like|love|prefer|hate|don't|do not|wear|live|am)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:hi|hello|hey|oh|ok|okay|well|so|and|but|also|actually|honestly|yeah|yes|btw|by the way|"
                    + "as i said|like i said|anyway|plus|good news|fyi|please|just so you know|tbh|ngl|lol|um+|uh+|"
                    + "long story short|i mean|i'm pretty sure|pretty sure|i'm sure|realistically|basically|obviously|seriously|"
                    + "remember that|remember|note that|keep in mind that|from now on|going forward|"
                    + "in the future|from today on|starting today)\\b[\\s,:!]*"
                    + "|(?:你好|您好|嗯|哦|啊|对了|其实吧?|平时|平常|一般来说|而且|另外|还有|然后|但是|不过|可是|顺便说一下|说实话吧?|"
                    + "所以|因此|说真的|讲真|反正|怎么说呢|"
                    + "我说过了|请记住|记住|记得|注意|以后|今后|从现在开始|从现在起|从今天起|从今以后|往后)[\\s,:：！!，]*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STANDING = Pattern.compile(
            "remember|keep in mind|from now on|going forward|in the future|from today|starting today|"
                    + "记住|以后|今后|从现在|从今",
            Pattern.CASE_INSENSITIVE);
    /**
     * A stance buried after a run-up ("after the whole thing with my old jacket i basically don't buy
     * suede"): the clause starts at "I", unless the run-up makes it someone else's, conditional, reported
     * or a request about memory ("forget that I wear XL").
     */
    private static final Pattern BURIED = Pattern.compile(
            "^(?!.*\\b(?:if|when|whenever|unless|he|she|they|you|we|said|says|told|friend|wife|husband|mum|mom|dad|"
                    + "sister|brother|son|daughter|kids?|that|forget|remember|know|think|guess|hope|wish|heard|what|"
                    + "whether|how|why)\\b).{3,80}?\\s((?:i|i'm)\\s.+)$",
            Pattern.CASE_INSENSITIVE);

    /** "I was telling my sister …, that I can't stand wool": the customer reporting their own stance. */
    private static final Pattern OWN_REPORT = Pattern.compile(
            "\\bi\\s+(?:told|said|mentioned|explained|was\\s+(?:telling|saying|mentioning|explaining))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OWN_CLAUSE = Pattern.compile("\\bthat\\s+(?=(?:i|i'm)\\s)", Pattern.CASE_INSENSITIVE);
    /** The first clause of a chat line often drops its "I": "prefer minimal packaging pls", "mostly wear black". */
    private static final Pattern DROPPED_I = Pattern.compile(
            "^(?:(?:also|really|kind of|totally|definitely|mostly|usually|always|never|only|generally|normally|mainly|just|"
                    + "literally|honestly)\\s+)*"
                    // Not "love to", "hate when": those say how the customer feels, not about what.
                    + "(?:(?:prefer|love|adore|hate)(?!\\s+(?:to|when|that|it|this|you|how)\\b)|wear|go for|stick to|shop at|"
                    + "(?:can't|cannot)\\s+(?:do|have|eat|drink|stand|wear)|don't\\s+(?:like|love|eat|drink|wear|buy|do))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A list before its stance ("leather, suede & fur are all no-gos for me") is one clause, commas and all. */
    private static final String LIST_WORD =
            "(?!(?:i|i'm|my|you|we|it|this|that|what|how|hi|hello|hey|ok|okay|so|and|but)\\b)[a-z][\\w'-]*";

    private static final String LIST_ITEM = LIST_WORD + "(?:\\s" + LIST_WORD + "){0,2}";
    private static final Pattern LIST_FIRST = Pattern.compile(
            "^(?:" + LIST_ITEM + "\\s*,\\s*)+(?:and\\s+|or\\s+|&\\s+)?" + LIST_ITEM + "(?:\\s+(?:and|or|&)\\s+"
                    + LIST_ITEM + ")?\\s+(?:are|is|make|makes|give|gives)\\s",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FIRST_PERSON =
            Pattern.compile("^(?:我|(?:i|i'm|i've|i'd|my)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREDICATE_ZH =
            Pattern.compile("^(?:也|还|而且|并且|平时|一般|通常|现在|周[一二三四五六日末]|工作日|晚上|早上|夏天|冬天)*"
                    + "(?:喜欢|爱|不喜欢|不太喜欢|讨厌|不吃|不喝|吃全素|吃素|对.{1,8}过敏|穿|鞋码|尺码|住在|不穿|不用|不买|不碰|只穿|只用|"
                    + "只吃|只买|忌|避开|尽量|吃不了|喝不了|不太能|不要|不戴|不能吃|不能喝)");
    private static final Pattern PREDICATE_EN = Pattern.compile(
            "^(?:also |too )?(?:like|love|prefer|hate|don't|do not|wear|live|am|always|never|only|avoid)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPOTHETICAL_SENTENCE = Pattern.compile(
            "^\\W*(?:if|suppose|supposing|imagine|what if|in case|assuming|如果|假如|假设|要是|万一|假使|倘若|想象)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNRELIABLE = Pattern.compile(
            "[“”\"「」『』]|\\b(?:would|could|might|maybe|perhaps|probably|wish|guess|think|thought|used to|"
                    + "said|says|saying|told|tells|believes?|claims?|according)\\b|when i was|"
                    // A one-off situation is not a lasting preference: "I'm in Paris this week", "这次别推荐贵的".
                    + "\\b(?:this (?:time|week|weekend|month|trip|order|once)|today|tonight|right now|for now|tomorrow|"
                    + "yesterday|next (?:week|weekend|month|year|time)|"
                    + "at the moment|in this chat|for this)\\b|这次|这回|这一次|今天|今晚|这周|本周|这个周末|暂时|这一单|这单|"
                    + "可能|也许|或许|大概|好像|如果|假如|要是|希望|以前|曾经|过去|小时候|说|认为|觉得|以为|听说|据说|告诉",
            Pattern.CASE_INSENSITIVE);

    private Clauses() {}

    static List<Clause> of(String message) {
        List<Clause> clauses = new ArrayList<>();
        Matcher sentences =
                SENTENCE.matcher(Lasting.plain(Casual.regular(message)).strip());
        while (sentences.find()) {
            String sentence = sentences.group().strip();
            if (!sentence.isEmpty()) {
                addParts(sentence, clauses);
            }
        }
        return clauses;
    }

    private static void addParts(String sentence, List<Clause> clauses) {
        boolean hypothetical = HYPOTHETICAL_SENTENCE.matcher(sentence).find();
        String terminator = sentence.replaceAll("^.*?([。！？!?；;.\\s]*)$", "$1");
        String body = sentence.substring(0, sentence.length() - terminator.length());
        String[] parts = LIST_FIRST.matcher(body).find() ? new String[] {body} : PART_BREAK.split(body);
        boolean previousFirstPerson = false;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (i > 0
                    && part.toLowerCase(java.util.Locale.ROOT).startsWith("that ")
                    && OWN_REPORT.matcher(sentence).find()) {
                part = part.substring(5);
            }
            String text = strip(part);
            boolean standing = STANDING.matcher(part.substring(0, part.length() - text.length()))
                    .find();
            if (text.isEmpty()) {
                continue;
            }
            Matcher own = OWN_CLAUSE.matcher(text);
            if (OWN_REPORT.matcher(text).find() && own.find()) {
                text = text.substring(own.end());
            }
            Matcher buried = BURIED.matcher(text);
            if (!FIRST_PERSON.matcher(text).find() && buried.matches()) {
                text = buried.group(1);
            }
            boolean firstPerson = FIRST_PERSON.matcher(text).find();
            if (!firstPerson
                    && (previousFirstPerson && inheritsSubject(text)
                            || i == 0 && DROPPED_I.matcher(text).find())) {
                text = (PREDICATE_ZH.matcher(text).find() ? "我" : "I ") + text;
                firstPerson = true;
            }
            String asSaid = i == parts.length - 1 ? text + terminator.strip() : text;
            boolean unreliable = hypothetical
                    || new Utterance(asSaid).isQuestion()
                    || UNRELIABLE.matcher(text).find();
            clauses.add(new Clause(text, firstPerson, unreliable, standing, sentence));
            previousFirstPerson = firstPerson;
        }
    }

    private static boolean inheritsSubject(String text) {
        return PREDICATE_ZH.matcher(text).find() || PREDICATE_EN.matcher(text).find();
    }

    private static String strip(String part) {
        String text = part.strip();
        String before;
        do {
            before = text;
            text = LEAD.matcher(text).replaceFirst("").strip();
        } while (!text.equals(before));
        return text;
    }
}
