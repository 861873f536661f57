package dev.rapport.memory;

import static dev.rapport.memory.FactRule.many;
import static dev.rapport.memory.FactRule.stance;

import java.util.List;

/**
 * Stances stated without "I" as the subject: asking the assistant to leave something out
 * ("尽量别推荐皮革的", "please don't suggest anything with nuts", "晚上九点以后别打电话"), a participle
 * going on from the clause before ("…, avoiding all high-carb foods"), "email works best for me", and
 * a budget ("预算三百以内"). Standing orders about how the assistant behaves are refused as instructions
 * before these are tried, and a one-off ("这次别推荐贵的") is unreliable, so only lasting stances stay.
 */
final class SubjectlessStances {

    /** What may follow a diet said as a word: "vegan 🌱 always", "coeliac here", "vegetarian since uni". */
    private static final String SAID_AS_A_WORD =
            "(?:[\\s\\p{So}\\x{FE0F}]+(?:here|always|for life|btw|fyi|now|since\\s+\\w+))*[^\\p{L}\\d]*$";

    /** What a food or a material does to a body: the reason a customer gives for keeping off it. */
    static final String SYMPTOM = "(?:gag|itch|itchy|sneeze|sick|ill|nauseous|queasy|bloated|cringe|sweat|break out|"
            + "a rash|rashes|hives|headaches?|a headache|migraines?|heartburn|the creeps|the jitters|jittery|indigestion|"
            + "(?:heart\\s+)?palpitations|flare(?:\\s+up)?|swell(?:\\s+up)?|"
            + "(?:a\\s+)?(?:stomach|tummy)\\s?ache|acne|spots|a reaction)\\b";

    // "wool makes me itch", and a part of the body named: "nickel makes my ears itch", "sulfites make my asthma flare".
    /** Channels a customer may say they never look at. */
    static final String UNCHECKED = "e-?mails?|texts?|whatsapp|wechat|voicemails?|calls|(?:the\\s+)?phone";

    private static final String EFFECT = "^([a-z][\\w\\s,&'/-]{0,40}?)\\s+(?:makes?|gives?|made|gave)\\s+"
            + "(?:me|my\\s+[a-z]+)\\s+(?:feel\\s+|so\\s+|really\\s+)?" + SYMPTOM;
    private static final java.util.regex.Pattern EXPLAINS =
            java.util.regex.Pattern.compile(EFFECT, java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final List<FactRule> RULES = List.of(
            stance(
                    "^(?:please\\s+|pls\\s+)?(?:don't|do not|dont|never)\\s+(?:ever\\s+)?(?:recommend|suggest|show|offer|send)"
                            + "\\s+(?:me\\s+)?(?:anything\\s+(?:with|made of|made from|containing|in)\\s+)?(.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    "^(?:请|麻烦)?(?:尽量|最好|千万)?(?:别|不要|不用|甭)(?:再)?(?:给我)?(?:推荐|推|介绍|发)(?:给我)?(?:任何)?(?:含有?|带)?(.+)",
                    true,
                    "avoids",
                    "不要"),
            many(
                    "^((?:早上|上午|中午|下午|晚上|夜里|半夜|周末|工作日|上班时间|白天).{0,8}?)(?:请)?(?:别|不要|请勿|不用)(?:给我)?"
                            + "(打电话|来电|打给我|联系我?|发短信)",
                    (m, quote) -> Phrase.chinese(m.group(1) + m.group(2))
                            .map(p -> List.of(new Candidate(
                                    MemoryCategory.DISLIKE,
                                    "preference:" + p.key(),
                                    "avoids",
                                    "不要" + p.text(),
                                    FactRule.CONFIDENCE,
                                    quote,
                                    Polarity.AVOIDS,
                                    p.text(),
                                    null)))
                            .orElse(List.of())),
            // Hours and caps said without "I": "only free after 7pm on weekdays", "gifts are always under 50 for me".
            stance(
                    "^(?:only\\s+)?(?:free|available|around|home|reachable)\\s+(?:only\\s+)?"
                            + "((?:after|before|on|at|during|between)\\s+.*\\d.*)",
                    false,
                    "requires",
                    "available"),
            stance(
                    "^(?:[a-z]+\\s+){1,2}(?:is|are)\\s+(?:always\\s+|usually\\s+)?((?:under|below|less than)\\s+\\S*\\d\\S*)"
                            + "\\s+for me\\b",
                    false,
                    "requires",
                    "budget"),
            // A channel said as an order: "pls don't call me", "text me, don't call", "whatsapp me, not email".
            stance(
                    "^(?:please\\s+|pls\\s+)?(?:don't|do not|dont|never)\\s+(?:ever\\s+)?(call|phone|ring)(?:\\s+me)?"
                            + "(?:\\s+(?:please|pls|thanks))?[^\\p{L}\\d]*$",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    "^(?:please\\s+|pls\\s+|just\\s+)?(text|whatsapp|email|e-mail|message|dm|wechat)\\s+me"
                            + "(?:\\s+(?:instead|please|pls))?[^\\p{L}\\d]*$",
                    false,
                    "likes",
                    "likes"),
            stance(
                    "^(?:but\\s+)?not\\s+(?:by\\s+|via\\s+|on\\s+)?(e-?mails?|calls?|phone calls?|texts?|sms|whatsapp|wechat)[^\\p{L}\\d]*$",
                    false,
                    "avoids",
                    "avoids"),
            // A channel the customer never looks at, and a brand left for good: "never check whatsapp",
            // "never going back to iphone".
            stance(
                    "^(?:never|don't|do not|dont|rarely)\\s+(?:ever\\s+)?(?:check|read|answer|pick up)\\s+(?:my\\s+)?"
                            + "(" + UNCHECKED + ")\\b",
                    false,
                    "avoids",
                    "avoids"),
            stance("^(?:i'm\\s+|i am\\s+|im\\s+)?never\\s+going\\s+back\\s+to\\s+(.+)", false, "avoids", "avoids"),
            // Only with "anything with …", so a request about answers ("stay away from jargon") is none.
            stance(
                    "^(?:please\\s+|pls\\s+)?(?:stay away from|steer clear of|keep away from)\\s+"
                            + "(anything\\s+(?:with|made of|made from|containing|in)\\s+.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    "^(?:and\\s+|so\\s+)?(?:avoiding|steering clear of|staying away from|cutting out|skipping)\\s+(.+)",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    "^(?:please\\s+|pls\\s+)?(?:(?:absolutely|strictly|definitely|totally|really)\\s+)?"
                            + "(?:no|nothing (?:with|containing|made of|made from|in)|nothing(?=\\s+[a-z]+(?:ic|y|ed|ous)\\b(?:\\s+(?:please|pls|for me|thanks))*\\W*$)"
                            + "(?!\\s+(?:fancy|crazy|pricey|heavy|dressy|silly|scary|hurry)\\b))\\s+"
                            + "(?!(?:problem|thanks|thank|worries|idea|way|need|rush|hurry|one|longer|more|matter|doubt|"
                            + "offense|offence|pressure|big deal|clue|particular|general|preferences?|allerg(?:y|ies)|restrictions|requirements|issues|problems|"
                            + "complaints)\\b)(.+?)(?:\\s+(?:for me|please|pls|thanks))*$",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    "^(?:a\\s+)?(?:big|huge|massive|longtime|long-time)?\\s*(?:fan of|lover of)\\s+(.+)",
                    false,
                    "likes",
                    "likes"),
            stance(
                    "^([a-z][\\w\\s-]{0,30}?)\\s+(?:works?|is|are|suits?)\\s+(?:best|better|ideal|easiest)\\b(?:.*\\bfor me\\b|\\W*$)",
                    false,
                    "likes",
                    "likes"),
            stance(
                    "^(?!之前|原来|当时|上学)([\\p{IsHan}A-Za-z]{1,6}?)的?我(?:是|也|真的|实在|完全|一点都|一直|从来)*"
                            + "(?:喝不了|吃不了|不吃|不喝|不穿|不用|不碰|不太喜欢|不喜欢|受不了|讨厌|不能吃|不能喝)(?:的|了|啊|呢)?$",
                    true,
                    "avoids",
                    "不要"),
            stance(
                    "^([a-z][\\w\\s-]{0,30}?)\\s+(?:isn't|aren't|is not|are not)\\s+(?:really\\s+)?"
                            + "(?:my thing|for me|my style|my cup of tea|my colou?r)\\b",
                    false,
                    "dislikes",
                    "dislikes"),
            stance(
                    "^([a-z][\\w\\s-]{0,30}?)\\s+(?:is|are)\\s+my\\s+(?:absolute\\s+)?(?:favou?rite|fave|go-to)\\b",
                    false,
                    "likes",
                    "likes"),
            FactRule.only(
                    "^([a-z][\\w\\s'-]{0,30}?)\\s+only(?:,?\\s+(?:for me|please|pls|thanks|for work|at work|always))*\\W*$",
                    false),
            // "Olives are a hard no for me", "leather, suede & fur are all no-gos for me".
            stance(
                    "^([a-z][\\w\\s,&'/-]{0,40}?)\\s+(?:is|are|'s|'re)\\s+(?:all\\s+|always\\s+|just\\s+)?(?:an?\\s+)?"
                            + "(?:(?:hard|big|total|firm|absolute|definite)\\s+)?(?:no-go|no go|no-no|no|nope|dealbreaker|"
                            + "deal breaker|off limits|off-limits|off the table)e?s?\\s+(?:for|with)\\s+me\\b",
                    false,
                    "avoids",
                    "avoids"),
            // The verdict without "for me", as chat ends it: "anything coconut is a big nope 🥥❌",
            // "mint is gross to me", "fragrance in skincare is a hard no".
            stance(
                    "^(?:anything\\s+|everything\\s+)?(?!(?:i|we|you|he|she|they|it|that|this|there)\\b)([a-z][\\w\\s&'/-]{0,40}?)\\s+(?:is|are|'s|'re)\\s+(?:just\\s+|so\\s+|really\\s+)?"
                            + "(?:(?:an?\\s+)?(?:(?:hard|big|total|firm|absolute)\\s+)(?:no|nope|pass)|a no-go|a no-no|"
                            + "(?:gross|disgusting|nasty|vile|awful)\\s+to me)(?:\\s+(?:for|to)\\s+me)?[^\\p{L}\\d]*$",
                    false,
                    "avoids",
                    "avoids"),
            // A harm done, with nothing after it: "heels kill my feet", "onions and garlic absolutely wreck me".
            stance(
                    "^(?!(?:i|we|you|he|she|they|it|that|this|there)\\b)([a-z][\\w\\s,&'/-]{0,40}?)\\s+(?:absolutely\\s+|totally\\s+|always\\s+|just\\s+)?"
                            + "(?:kills?|wrecks?|destroys?|ruins?)\\s+(?:me|my\\s+(?:feet|stomach|gut|skin|back))[^\\p{L}\\d]*$",
                    false,
                    "avoids",
                    "avoids"),
            // The likes of the same shape: "plaid is my thing 🤎", "big into dark chocolate", "flats all the way".
            stance(
                    "^(?!(?:i|we|you|he|she|they|it|that|this|there)\\b)([a-z][\\w\\s&'/-]{0,30}?)\\s+(?:is|are|'s|'re)\\s+(?:totally\\s+|so\\s+)?my\\s+thing[^\\p{L}\\d]*$",
                    false,
                    "likes",
                    "likes"),
            stance("^(?:really\\s+|super\\s+)?(?:big|huge|really)\\s+into\\s+(.+)", false, "likes", "likes"),
            stance(
                    "^(?!(?:i|we|you|he|she|they|it|that|this|there)\\b)([a-z][\\w\\s&'/-]{0,30}?)\\s+all the way[^\\p{L}\\d]*$",
                    false,
                    "likes",
                    "likes"),
            // "sesame is my allergy", "migraines get triggered by red wine and aged cheese".
            EnglishFacts.allergy("^([a-z]+(?:\\s[a-z]+)?)\\s+(?:is|are)\\s+my\\s+(?:main\\s+|big\\s+)?allergy\\b"),
            stance(
                    "^(?:my\\s+)?(?:migraines?|headaches?|asthma|eczema|ibs|hives|reflux)\\s+(?:gets?|are|is)\\s+"
                            + "(?:set off|triggered|caused)\\s+by\\s+(.+)",
                    false,
                    "avoids",
                    "avoids"),
            // "wool makes me itch", "mushrooms make me gag": what it does to the customer is why they avoid it.
            stance(EFFECT, false, "avoids", "avoids"),
            // "vegan always", "strictly gluten free", "coeliac here": a diet said as a word.
            FactRule.of(
                    "^(?:strictly\\s+|fully\\s+|100%\\s+)?(vegan|vegetarian|pescatarian)" + SAID_AS_A_WORD,
                    EnglishFacts::diet),
            stance(
                    "^(?:strictly\\s+|fully\\s+|100%\\s+)?(keto|paleo|halal|kosher)" + SAID_AS_A_WORD,
                    false,
                    "requires",
                    "is"),
            many("^(?:strictly\\s+|fully\\s+|100%\\s+)[a-z]+[- ]free\\W*$", EnglishStances::freeOf),
            // "peanut allergy!!!", "severe shellfish allergy here".
            EnglishFacts.allergy(
                    "^(?:(?:severe|bad|serious|mild|major)\\s+)?(?!(?:food|skin|seasonal|no|any|an?|my|the|your|this|that)\\b)([a-z]+(?:\\s[a-z]+)?)\\s+"
                            + "allergy(?:\\s+(?:here|btw|fyi|alert))*\\W*$"),
            // "petite sizes fit me way better": a fit that suits the customer is one they need.
            stance(
                    "^([a-z][\\w\\s-]{0,30}?)\\s+fits?\\s+me\\s+(?:way\\s+|much\\s+|a lot\\s+)?(?:better|best)\\b",
                    false,
                    "requires",
                    "needs"),
            // Said without "I", as people type: "not a huge fan of bright yellow", "hate hate HATE olives".
            stance(
                    "^(?:not|never)\\s+(?:really\\s+)?(?:a\\s+)?(?:big\\s+|huge\\s+|great\\s+)?(?:fan of|into|keen on)\\s+(.+)",
                    false,
                    "dislikes",
                    "dislikes"),
            stance(
                    "^(?:(?:really\\s+)?(?:hate|can't stand|detest)\\s+)+(?!to\\b|when\\b|that\\b|it\\b|this\\b|you\\b)(.+)",
                    false,
                    "dislikes",
                    "dislikes"),
            stance("^(?:been|gone)\\s+(vegan|vegetarian|pescatarian|keto)\\b", false, "requires", "is"),
            many("^(?:been|gone)\\s+[a-z]+[- ]free\\b", EnglishStances::freeOf),
            // "only linen shirts for me", "only Dyson for me when it comes to hair dryers".
            FactRule.only("^only\\s+(.+?)\\s+for me\\b", false),
            // The kind first, then which: "手机我只用三星的", "外套我只穿羽绒的".
            FactRule.only("^(?:" + Brands.ZH_KINDS + ")我(?:平时|一般|基本|是|都|也|就)*只(?:穿|用|买|吃|喝|戴|认)(.+)", true),
            FactRule.of(
                    "^(?:衣服|上衣|裤子|T恤|外套)我(?:一般|平时|通常|都|也|就)*(?:穿|买)([XSMLxsml]{1,4}|[2-5][Xx][Ll])",
                    (m, quote) -> Sizes.candidate(m.group(1), false, true, quote)),
            stance("^(?:我的)?预算(?:是|在|大概|一般)?(.{1,8}?(?:以内|以下|之内|左右|内))", true, "requires", "预算"),
            stance(
                    "^my\\s+budget\\s+is\\s+(?:usually\\s+|normally\\s+|generally\\s+)?(?:about\\s+|around\\s+|roughly\\s+)?(.+)",
                    false,
                    "requires",
                    "budget"));

    /** Asked as a question, politely: "Can you avoid suggesting leather?", "能不能别推荐皮革的？". */
    private static final List<FactRule> ASKED = List.of(
            stance(
                    "^(?:can|could|would|will)\\s+you\\s+(?:please\\s+|pls\\s+)?(?:avoid|not|stop|never)\\s+"
                            + "(?:suggesting|recommending|showing|offering|sending|suggest|recommend|show|offer|send)\\s+"
                            + "(?:me\\s+)?(?:anything\\s+(?:with|made of|made from|containing|in)\\s+)?([^?]+)\\??$",
                    false,
                    "avoids",
                    "avoids"),
            stance(
                    "^(?:能不能|可不可以|可以|能|麻烦)(?:别|不要|不用)(?:再)?(?:给我)?(?:推荐|推|介绍|发)(?:任何)?(?:含有?|带)?([^？?吗]+)(?:吗|呢)?[？?]?$",
                    true,
                    "avoids",
                    "不要"));

    private static final java.util.regex.Pattern ONE_OFF = java.util.regex.Pattern.compile(
            "\\b(?:this time|today|tonight|right now|for now|in this chat)\\b|这次|这回|今天|今晚|暂时",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private SubjectlessStances() {}

    /** "…, polyester makes me sweat" after a stance says why the customer holds it, not another one. */
    static boolean explains(Clause clause) {
        return EXPLAINS.matcher(clause.text()).find();
    }

    /** A lasting avoidance asked for as a question; a one-off ask ("this time") is none. */
    static List<Candidate> asked(Clause clause) {
        if (ONE_OFF.matcher(clause.text()).find()) {
            return List.of();
        }
        for (FactRule rule : ASKED) {
            List<Candidate> candidates = rule.apply(clause);
            if (!candidates.isEmpty()) {
                return candidates;
            }
        }
        return List.of();
    }

    static List<Candidate> of(Clause clause) {
        for (FactRule rule : java.util.stream.Stream.of(RULES, TopicFirst.RULES, ASKED)
                .flatMap(List::stream)
                .toList()) {
            List<Candidate> candidates = rule.apply(clause);
            if (!candidates.isEmpty()) {
                return candidates;
            }
        }
        return List.of();
    }
}
