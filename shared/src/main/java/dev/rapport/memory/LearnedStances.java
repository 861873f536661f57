package dev.rapport.memory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stance model's reading of a clause no rule understood: "my stomach can't handle lactose so i skip
 * it", "甜食爱好者🍰". Rules know the shapes they were written for and miss the rest of what people say;
 * the model reads the clause whole. What it proposes is kept in the customer's own words — "avoids: stomach
 * can't handle lactose, skip" — since it knows which way the clause points, not where its object ends.
 *
 * <p>Only confident readings of reliable clauses count, and never of a clause about someone else ("my
 * husband can't eat shellfish", "我闺蜜不吃香菜"): the rules' guards against questions, suppositions, past
 * habits and one-offs have already run.
 */
final class LearnedStances {

    /**
     * Chosen by five-fold cross-validation on the training clauses (about 0.76 precision, 0.63 recall of stances)
     * and by the third set scored with a model trained without it.
     */
    static final double THRESHOLD = 0.5;

    /** A like has no word to give it away, as "not", "no" or "only" give the others: it must be surer. */
    static final double LIKES_THRESHOLD = 0.6;

    private static final Pattern SOMEONE_ELSE = Pattern.compile(
            "\\b(?:my|our)\\s+(?:\\w+\\s+)?(?:friends?|husband|wife|partner|boyfriend|girlfriend|bf|gf|hubby|sons?|daughters?|"
                    + "kids?|child|children|baby|babies|toddler|mum|mom|mother|dad|father|parents?|sister|brother|sis|bro|"
                    + "family|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|boss|colleagues?|coworkers?|"
                    + "roommate|flatmate|niece|nephew|fianc[eé]e?|in-laws?|dogs?|cats?|pets?|boy|girl|little one)\\b"
                    + "|\\b(?:he|she|they|his|her|their|him|them|he's|she's|they're|hes|shes|theyre|everyone|everybody|"
                    + "people|dad|daddy|mum|mom|mommy|mother|father|hubby|husband|wife|grandma|grandpa|sister|brother|boss)\\b"
                    + "|他|她|它|老公|老婆|媳妇|丈夫|妻子|男朋友|女朋友|男票|女票|对象|孩子|儿子|女儿|闺女|宝宝|娃|闺蜜|朋友|同事|"
                    + "老板|室友|妈|爸|爷爷|奶奶|外公|外婆|姥姥|姥爷|家人|家里人|婆婆|公公|岳母|老人|狗|猫",
            Pattern.CASE_INSENSITIVE);

    /**
     * What the model reads as a stance but is none: acceptance ("leather is fine with me", "不排斥化纤"), no
     * object at all ("not allergic to anything", "我不对任何东西过敏"), the thing in front of the customer
     * ("this one is not for me", "这件的我不买", "别的不要"), the past ("之前海鲜我不吃") and sensations ("热得受不了").
     */
    private static final Pattern NOT_A_STANCE = Pattern.compile(
            "\\b(?:no problem|happy with|(?:look|looking|search|searching|shop|shopping) for it|call it|(?:is|are|'s) (?:fine|ok|okay|alright|good)|fine (?:with|by) me|(?:don't|do not|dont) mind|"
                    + "not (?:fussy|picky|bothered)|no preferences?|whatever|doesn't matter|either (?:is|way)|"
                    // "Nothing", "anything" on their own; "nothing over 200", "anything with nuts" name a thing.
                    + "(?:anything|nothing|everything)(?!\\s+(?:over|above|under|below|more|less|with|made|containing|"
                    + "from|in|that))|this one|that one|(?:this|that|these|those) (?:one|ones|item|product)|"
                    + "used to|back then|once|drove|went|came|walked|arrived|visited)\\b|^(?:this|that|it|the)\\b"
                    // Shopping for something now is a request: "I need a new raincoat", "give me the tracking number".
                    + "|\\b(?:need|want|looking for)\\s+(?:a|an|some|new)\\b"
                    + "|^(?:please |pls )?(?:give|send|show|tell|get|find|check|track)\\s+me\\b"
                    // An order about how the assistant talks ("stay away from jargon please") is an instruction.
                    + "|^(?:please |pls )?(?:stay away|keep|use|write|answer|reply|talk|speak|be|stop)\\b"
                    + "|不排斥|无所谓|都行|都可以|没问题|还行|不挑|随便|没关系|不介意|任何|什么都|这个|那个|这件|那件|这款|那款|这双|"
                    + "这条|别的|你们|你家|质量|質量|做工|之前|原来|当年|那时|得受不了|用得上|用不上|用不着|看评价|看评论|看销量|^(?:扎人|热|冷|累|疼|痒|难受)|^别太",
            Pattern.CASE_INSENSITIVE);

    /**
     * Read over the whole sentence, since the model reads a clause alone: someone else's fact beside it ("my boy
     * can't have eggs, hes allergic"), a one-off ("no ice this time pls, got a sore throat", "今天赶时间 能最快送到的
     * 就行"), a request ("帮我把尺码改成L"), a greeting, a denial ("i don't hate pink, that was my sister", "我不是对
     * 花生过敏", "没说不要辣") or a choice left open ("either size works").
     */
    private static final Pattern NOT_A_STANCE_NEARBY = Pattern.compile(
            "\\b(?:this (?:time|once|order|week|weekend|trip)|today|tonight|right now|for now|at the moment)\\b"
                    + "|今天|今晚|这次|这回|这单|这一单|赶时间|帮我|麻烦你|运费"
                    + "|^\\W*(?:good (?:morning|afternoon|evening|night)|hello|hi|hey|thanks|thank you)\\b|早上好|晚上好|你好|晚安|谢谢"
                    + "|\\b(?:don't|do not|didn't|did not|doesn't|never said i|not that i|i'm not|i am not|im not|not)\\s+"
                    + "(?:\\w+\\s+){0,2}?(?:hate|avoid|dislike|allergic|intolerant|vegetarian|vegan|mind)\\b"
                    + "|\\beither\\b|不讨厌|不排斥|不介意|不是.{0,8}过敏|不是素|没说|不是不",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern EN_FILLER = Pattern.compile(
            "(?<![\\w'])(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|am|is|are|was|were|be|been|being|it|it's|its|this|that|"
                    + "these|those|a|an|the|so|just|really|very|too|also|pretty|quite|kinda|sorta|of|like|likes|love|loves|"
                    + "hate|hates|prefer|prefers|avoid|avoids|don't|dont|do|does|doesn't|not|no|never|always|usually|only|"
                    + "can't|cant|cannot|can|please|pls|plz|thanks|thank|you|tbh|ngl|lol|lmao|honestly|literally|for|to|"
                    + "with|at|in|on|and|or|but|any|anything|all|stuff|things?|here|get|got|have|has|had|want|need|go|"
                    + "gonna|rather|much|some|because|cause|cuz|since|anymore|though|tho|ok|okay|fine|yes|yeah|totally|"
                    + "absolutely|definitely|strictly|mostly|generally|normally|typically|big|fan|huge|eat|eating|drink|"
                    + "drinking|wear|wearing|buy|buying|use|using|stand|handle|stay|away|from|about|what|which|who|"
                    + "if|when|then|than|again|ever|still|now|guys|allergic|allergy|intolerant|sensitive|guy|girl|"
                    + "person|kind|type|sort|bit|little|tall|short|skip|pass|hard|nope|nah|gross|yuck|ew)(?![\\w'])",
            Pattern.CASE_INSENSITIVE);
    private static final String ZH_STANCE = "(?:不太喜欢|不喜欢|喜欢|超爱|最爱|爱|讨厌|受不了|接受不了|吃不了|喝不了|吃不惯|不太能|不能|不吃|"
            + "不喝|不穿|不用|不买|不碰|不要|只吃|只喝|只穿|只用|只买|只要|需要|过敏|不耐受?|戒)";
    private static final String ZH_ADVERB = "其实|反正|一般|平时|通常|一直|从来|现在|都|也|还|就|真的|特别|比较|超|很|最|完全|一点都";
    /** Around the object: who, how often and how much, the stance itself (the memory's verb says it) and particles. */
    private static final Pattern ZH_FILLER = Pattern.compile("^(?:我|俺|咱|人家|本人|亲|哈|" + ZH_ADVERB + ")+"
            + "|^" + ZH_STANCE
            + "|(?:哈+|呢|吧|啊|呀|哦|嘛|啦|哟|喔|噢|哒|滴|了|的)+$"
            + "|的?(?:我|俺|咱)?(?:" + ZH_ADVERB + ")*" + ZH_STANCE + "了?$");
    /** Where a reaction happens or what kind of person: "我皮肤过敏" names no thing to avoid. */
    private static final Pattern ZH_GENERIC = Pattern.compile("皮肤|身体|肠胃|胃|体质|口味|嘴|人");
    /** A count or an amount on its own ("买两件"): how much, not what. */
    private static final Pattern ZH_AMOUNT = Pattern.compile("^(?:买|要|用|穿)?[一二两三四五六七八九十几\\d]+(?:件|个|双|条|套|次|份|点)?$");

    private static final Pattern SYMBOLS = Pattern.compile("[^\\p{L}\\p{N}\\s'$%.-]+");
    private static final int WORDS = 8;
    /** A kind of thing rather than a thing: "sensitive to price" says nothing of which way. */
    private static final Pattern GENERIC = Pattern.compile(
            "(?:prices?|quality|style|colou?rs?|sizes?|brands?|materials?|food|clothes|products?|items?|stuff)",
            Pattern.CASE_INSENSITIVE);

    private LearnedStances() {}

    static List<Candidate> of(Clause clause) {
        return of(clause, Optional.empty());
    }

    /**
     * @param before the clause before, when it stated nothing itself: what a bare verdict ("no thanks", "i skip
     *     it", "never again", "受不了") is about — "cilantro tastes like soap to me, no thanks"
     */
    static List<Candidate> of(Clause clause, Optional<Clause> before) {
        if (!plausible(clause)) {
            return List.of();
        }
        StanceModel.Reading reading = StanceModel.shipped().read(clause.text());
        if (reading.polarity().isEmpty()
                || reading.probability() < (reading.polarity().get() == Polarity.LIKES ? LIKES_THRESHOLD : THRESHOLD)) {
            return List.of();
        }
        Polarity polarity = reading.polarity().get();
        boolean chinese = isChinese(clause.text());
        String object = objectOf(clause.text(), chinese);
        String quote = clause.text();
        if (bare(clause.text())) {
            Optional<Clause> about = before.filter(b -> !b.unreliable() && plausible(b));
            if (about.isEmpty()) {
                return List.of();
            }
            chinese = isChinese(about.get().text());
            object = objectOf(about.get().text(), chinese);
            quote = about.get().text() + (chinese ? "，" : ", ") + clause.text();
            if (!holdsSomething(object, chinese)) {
                return List.of();
            }
        }
        String value = polarity.name().toLowerCase(Locale.ROOT);
        return List.of(new Candidate(
                Topics.categoryOf(object, value),
                "preference:" + object.toLowerCase(Locale.ROOT),
                value,
                verb(polarity, chinese) + object,
                reading.probability(),
                quote,
                polarity,
                object,
                null));
    }

    /**
     * A stance the model read, filed as sensitive as anything in its message: it keeps the customer's words, so
     * it may carry a reason the rules would have split off, and the model cannot tell a like from a diet ("咖啡我只
     * 喝燕麦奶的 牛奶会胀气"). So any sensitive word in the message makes it sensitive, whichever way it points.
     */
    static Candidate guarded(Candidate learned, String message) {
        Candidate applied = SensitiveReasons.applied(learned, message);
        return applied.sensitive()
                ? applied
                : Topics.sensitiveReason(message).map(applied::inCategory).orElse(applied);
    }

    /** Whether a clause names nothing of its own once the stance is taken out: "hard pass", "i skip it", "受不了". */
    static boolean bare(String clause) {
        boolean chinese = isChinese(clause);
        return !holdsSomething(objectOf(clause, chinese), chinese);
    }

    /** A clause naming a person or a place (a redaction placeholder) is refused whole: its words are kept. */
    private static boolean plausible(Clause clause) {
        return !Phrase.holdsPlaceholder(clause.text())
                && !SOMEONE_ELSE.matcher(clause.sentence()).find()
                && !NOT_A_STANCE.matcher(clause.text()).find()
                && !NOT_A_STANCE_NEARBY.matcher(clause.sentence()).find();
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String objectOf(String text, boolean chinese) {
        return chinese ? chineseObject(text) : englishObject(text);
    }

    /** Whether a fact is one the model read, kept in the customer's words rather than a rule's phrase. */
    static boolean inOwnWords(Candidate fact) {
        return java.util.Arrays.stream(Polarity.values())
                .anyMatch(p -> fact.statement().startsWith(verb(p, true))
                        || fact.statement().startsWith(verb(p, false)));
    }

    private static String verb(Polarity polarity, boolean chinese) {
        return switch (polarity) {
            case LIKES -> chinese ? "喜欢：" : "likes: ";
            case AVOIDS -> chinese ? "避开：" : "avoids: ";
            case REQUIRES -> chinese ? "需要：" : "requires: ";
        };
    }

    private static boolean holdsSomething(String object, boolean chinese) {
        if (chinese) {
            return object.codePoints().filter(Character::isIdeographic).count() >= 2
                    && !ZH_GENERIC.matcher(object).matches()
                    && !ZH_AMOUNT.matcher(object).matches();
        }
        if (GENERIC.matcher(object).matches()) {
            return false;
        }
        return object.matches("(?s).*(?:\\p{L}{3,}|\\b(?:[SMLX]{1,3}|\\dX{1,2}L?)\\b|\\d).*");
    }

    static String englishObject(String clause) {
        String[] words = EN_FILLER
                .matcher(SYMBOLS.matcher(clause.replace('’', '\'')).replaceAll(" "))
                .replaceAll(" ")
                .strip()
                .split("\\s+");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(WORDS, words.length)))
                .replaceAll("^[.'-]+|[.'-]+$", "")
                .strip();
    }

    static String chineseObject(String clause) {
        String text = SYMBOLS.matcher(clause).replaceAll("").strip();
        String before;
        do {
            before = text;
            text = ZH_FILLER.matcher(text).replaceAll("").strip();
        } while (!text.equals(before));
        return text;
    }
}
