package dev.rapport.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The searchable terms of a text: English words without stop words, numbers, and Chinese character
 * bigrams (Chinese has no spaces, and bigrams match words without a dictionary).
 */
public final class Terms {

    private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}+|[\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of(
            "a",
            "an",
            "the",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "am",
            "i",
            "me",
            "my",
            "mine",
            "you",
            "your",
            "we",
            "our",
            "it",
            "its",
            "this",
            "that",
            "these",
            "those",
            "what",
            "which",
            "who",
            "whom",
            "when",
            "where",
            "why",
            "how",
            "do",
            "does",
            "did",
            "can",
            "could",
            "would",
            "should",
            "will",
            "to",
            "of",
            "in",
            "on",
            "at",
            "for",
            "and",
            "or",
            "but",
            "with",
            "about",
            "as",
            "by",
            "from",
            "please",
            "tell",
            "know",
            "remember",
            "again",
            "said",
            "say",
            "there",
            "here",
            "have",
            "has",
            "had",
            "any",
            "some",
            "so",
            "if",
            "not",
            "no",
            "yes",
            "just",
            "also",
            "hi",
            "hello");
    private static final Set<String> CJK_STOP_BIGRAMS =
            Set.of("我的", "你的", "什么", "多少", "是什", "是多", "请问", "一下", "告诉", "记得", "吗？", "我们", "你们");

    private Terms() {}

    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String token = matcher.group();
            if (Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN) {
                addBigrams(token, terms);
            } else if (!STOP_WORDS.contains(token) && (token.length() > 1 || Character.isDigit(token.charAt(0)))) {
                terms.add(stem(token));
            }
        }
        return terms;
    }

    private static void addBigrams(String han, Set<String> terms) {
        if (han.length() == 1) {
            return;
        }
        for (int i = 0; i + 2 <= han.length(); i++) {
            String bigram = han.substring(i, i + 2);
            if (!CJK_STOP_BIGRAMS.contains(bigram)) {
                terms.add(bigram);
            }
        }
    }

    /** Plural and simple verb endings only: enough for "orders" to meet "order". */
    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
