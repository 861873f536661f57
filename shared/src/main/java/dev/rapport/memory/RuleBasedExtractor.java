package dev.rapport.memory;

import dev.rapport.text.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline extractor: Chinese and English first-person statements of preference, diet,
 * allergy, size, birthday, home and family. Tuned for precision — a wrong memory is worse than a
 * missing one — so questions, hypotheticals and other people's facts are left alone, and
 * instructions are refused outright.
 */
public final class RuleBasedExtractor implements MemoryExtractor {

    private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\b(always (answer|reply|respond|say)|from now on|"
            + "ignore (all|any|your|previous|the)|you must|you are now|act as|system prompt|remember that you|"
            + "i am (the|an|your) (admin|administrator|developer|owner))\\b"
            + "|以后(所有|都|一律|每次)|从现在(起|开始)|忽略(之前|以上|所有|你的)|你必须|你现在是|系统提示|我是(管理员|开发者|老板)");
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(if|when|whether|suppose|imagine|maybe)\\b|如果|假如|要是|假设|也许");
    private static final Pattern THIRD_PARTY = Pattern.compile("(?i)\\b(my (friend|colleague|boss|neighbou?r)|he|she|they)\\b|朋友|同事|他|她|他们");
    private static final Pattern CLAUSES = Pattern.compile("[,.;!?，。；！？\\n]+|\\s+and\\s+|\\s+but\\s+|而且|但是");
    private static final Pattern FORGET = Pattern.compile(
            "(?i)\\bforget (?:that |about )?(?:i'm|i am|i|my)\\s+(.{2,40})|(?:忘掉|忘记|别记住?|不要记住?)(?:我)?(.{1,20})");
    private static final Pattern SUBJECT = Pattern.compile("(?i)^(i|i'm|i am|my)\\b|^我");
    private static final String SIZES = "(xxs|xs|s|m|l|xl|xxl|xxxl|\\d{2,3})";

    private record Rule(Pattern pattern, MemoryCategory category, String slot, Function<Matcher, String> value,
                        Function<String, String> statement) {}

    private static final List<Rule> RULES = List.of(
            rule("(?i)\\bi(?:'m| am) (?:a )?(vegetarian|vegan)\\b", MemoryCategory.DIET, "diet", m -> lower(m.group(1)), v -> "Is " + v),
            rule("(?i)\\bi (?:now )?eat meat (?:again|now)\\b|\\bi(?:'m| am) (?:no longer|not) (?:a )?vegetarian\\b",
                    MemoryCategory.DIET, "diet", m -> "eats meat", v -> "Eats meat"),
            rule("(?i)\\bi (?:don't|do not|never|can't) eat ([a-z][a-z -]{1,30})", MemoryCategory.DIET, "noeat:", m -> lower(m.group(1)), v -> "Doesn't eat " + v),
            rule("(?i)\\bi(?:'m| am) allergic to ([a-z][a-z -]{1,30})", MemoryCategory.ALLERGY, "allergy:", m -> lower(m.group(1)), v -> "Is allergic to " + v),
            rule("(?i)\\b(?:my size is|i wear (?:a )?size|i wear|i'm a size|i am a size) " + SIZES + "\\b", MemoryCategory.SIZE, "size",
                    m -> m.group(1).toUpperCase(Locale.ROOT), v -> "Wears size " + v),
            rule("(?i)\\bmy birthday is (?:on )?([a-z]{3,9} \\d{1,2}|\\d{1,2} [a-z]{3,9}|\\d{1,2}[/-]\\d{1,2})", MemoryCategory.BIRTHDAY, "birthday",
                    m -> m.group(1), v -> "Birthday is " + v),
            rule("(?i)\\bi (?:live in|moved to|just moved to|now live in|have moved to) ([A-Z][\\p{L} ]{1,30})", MemoryCategory.LOCATION, "location",
                    m -> m.group(1), v -> "Lives in " + v),
            rule("(?i)\\bi (?:really )?(?:like|love|prefer) ([a-z][a-z -]{1,40})", MemoryCategory.PREFERENCE, "like:", m -> lower(m.group(1)), v -> "Likes " + v),
            rule("(?i)\\bi (?:really )?(?:don't like|do not like|dislike|hate) ([a-z][a-z -]{1,40})", MemoryCategory.DISLIKE, "dislike:",
                    m -> lower(m.group(1)), v -> "Doesn't like " + v),
            rule("(?i)\\bi have (?:a|an|one|two|three|\\d) (daughter|son|kid|child|children|kids|dog|cat|wife|husband)s?\\b", MemoryCategory.FAMILY, "family:",
                    m -> lower(m.group(1)), v -> "Has " + v),
            rule("我(?:是)?素食(?:者|主义者)?|我吃素", MemoryCategory.DIET, "diet", m -> "素食", v -> "吃素"),
            rule("我(?:现在|又)?(?:开始)?吃肉了|我不(?:再)?吃素了", MemoryCategory.DIET, "diet", m -> "吃肉", v -> "吃肉"),
            rule("我(?:从来)?不(?:能)?吃(\\p{IsHan}{1,8})", MemoryCategory.DIET, "noeat:", m -> trim(m.group(1)), v -> "不吃" + v),
            rule("我对(\\p{IsHan}{1,10}|[A-Za-z]{2,20})过敏", MemoryCategory.ALLERGY, "allergy:", m -> trim(m.group(1)), v -> "对" + v + "过敏"),
            rule("我(?:现在|一般|平时|通常)?(?:穿|的尺码是|尺码是|的码数是|穿的是)\\s*" + SIZES.replace("(", "((?i)") + "\\s*码?",
                    MemoryCategory.SIZE, "size", m -> m.group(1).toUpperCase(Locale.ROOT), v -> "穿" + v + "码"),
            rule("我的?生日是\\s*(\\d{1,2}月\\d{1,2}[日号])", MemoryCategory.BIRTHDAY, "birthday", m -> m.group(1), v -> "生日是" + v),
            rule("我(?:现在)?(?:住在|搬到了?|搬去了?)(\\p{IsHan}{2,10})", MemoryCategory.LOCATION, "location", m -> trim(m.group(1)), v -> "住在" + v),
            rule("我(?:很|最|特别|非常)?(?:喜欢|爱)(?!吃吗)(\\p{IsHan}{1,12}|[A-Za-z]{2,20})", MemoryCategory.PREFERENCE, "like:",
                    m -> trim(m.group(1)), v -> "喜欢" + v),
            rule("我(?:很|最|特别|非常)?(?:不喜欢|讨厌)(\\p{IsHan}{1,12}|[A-Za-z]{2,20})", MemoryCategory.DISLIKE, "dislike:",
                    m -> trim(m.group(1)), v -> "不喜欢" + v),
            rule("我有(?:一个|两个|三个|个|一只|只)?(女儿|儿子|孩子|老婆|老公|狗|猫)", MemoryCategory.FAMILY, "family:", m -> m.group(1), v -> "有" + v));

    @Override
    public Extraction extract(String message) {
        if (INSTRUCTION.matcher(message).find()) {
            return new Extraction(List.of(), List.of(), true);
        }
        List<String> forget = new ArrayList<>();
        Matcher forgetting = FORGET.matcher(message);
        while (forgetting.find()) {
            forget.add(trim(forgetting.group(1) != null ? lower(forgetting.group(1)) : forgetting.group(2)));
        }
        if (!forget.isEmpty()) {
            return new Extraction(List.of(), forget, false);
        }
        List<Candidate> candidates = new ArrayList<>();
        String subject = "";
        for (String part : CLAUSES.split(message)) {
            // "I'm vegetarian and wear size M": a clause without a subject continues the last one's.
            String clause = part.strip();
            if (SUBJECT.matcher(clause).find()) {
                subject = new Utterance(clause).hasCjk() ? "我" : "I ";
            } else if (!subject.isEmpty()) {
                clause = subject + clause;
            }
            if (clause.isBlank() || new Utterance(clause).isQuestion() || HYPOTHETICAL.matcher(clause).find()
                    || THIRD_PARTY.matcher(clause).find() || clause.contains("[")) {
                continue;
            }
            for (Rule rule : RULES) {
                Matcher matcher = rule.pattern().matcher(clause);
                if (matcher.find()) {
                    String value = rule.value().apply(matcher).strip();
                    if (!value.isEmpty() && !value.contains("[")) {
                        String slot = rule.slot().endsWith(":") ? rule.slot() + value : rule.slot();
                        candidates.add(new Candidate(rule.category(), slot, value, rule.statement().apply(value), clause.strip()));
                        break;
                    }
                }
            }
        }
        return new Extraction(candidates, List.of(), false);
    }

    private static Rule rule(String regex, MemoryCategory category, String slot, Function<Matcher, String> value,
                             Function<String, String> statement) {
        return new Rule(Pattern.compile(regex), category, slot, value, statement);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).strip();
    }

    /** Drops trailing particles and filler that are not part of the fact. */
    private static String trim(String text) {
        return text.strip().replaceAll("(的东西|东西|了|的|啊|呢|吧|呀|哦|too|very much|a lot|so much)+$", "").strip();
    }
}
