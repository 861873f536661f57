package dev.rapport.mood;

import static dev.rapport.mood.Emotion.ANGER;
import static dev.rapport.mood.Emotion.ANXIETY;
import static dev.rapport.mood.Emotion.CONFUSION;
import static dev.rapport.mood.Emotion.DISAPPOINTMENT;
import static dev.rapport.mood.Emotion.FRUSTRATION;
import static dev.rapport.mood.Emotion.GRATITUDE;
import static dev.rapport.mood.Emotion.NONE;

import java.util.HashMap;
import java.util.Map;

/**
 * The cue words {@link MoodReader} looks for, Chinese and English, each with how much it moves the
 * sentiment (negative below zero) and which emotion it shows. Grouped by emotion so a reader can
 * argue with each entry. Cues are lower case; phrases are read whole.
 */
final class MoodLexicon {

    /** @param weight how far the cue moves the sentiment; 0 for a phrase only read to keep its parts silent */
    record Cue(double weight, Emotion emotion) {}

    static final Map<String, Cue> CUES = cues();

    private MoodLexicon() {}

    private static Map<String, Cue> cues() {
        Map<String, Cue> cues = new HashMap<>();
        // Hostility, blame, a complaint or a threat of one.
        add(
                cues,
                ANGER,
                -1.0,
                "angry",
                "ridiculous",
                "rude",
                "useless",
                "complain",
                "complaint",
                "a joke",
                "生气",
                "垃圾",
                "投诉",
                "骗",
                "离谱",
                "坑人",
                "恶心",
                "😡",
                "😠",
                "😤");
        add(cues, ANGER, -1.5, "furious", "worst", "unacceptable", "scam", "愤怒", "气死", "🤬");
        // Worn down: waiting, repeating, something that keeps failing.
        add(
                cues,
                FRUSTRATION,
                -1.0,
                "frustrated",
                "frustrating",
                "annoyed",
                "annoying",
                "fed up",
                "sick of",
                "waste of time",
                "doesn't help",
                "does not help",
                "doesn't work",
                "does not work",
                "not working",
                "still waiting",
                "still no",
                "three times",
                "again and again",
                "烦",
                "无语",
                "浪费时间",
                "三遍",
                "好几遍",
                "好几次",
                "一直没人",
                "不行");
        add(cues, FRUSTRATION, -0.5, "还没");
        // Let down by what arrived or happened; sadness in a support chat is mostly this.
        add(
                cues,
                DISAPPOINTMENT,
                -1.0,
                "disappointed",
                "disappointing",
                "sad",
                "heartbroken",
                "terrible",
                "awful",
                "bad",
                "broken",
                "horrible",
                "失望",
                "难过",
                "伤心",
                "太差",
                "差劲",
                "糟糕",
                "坏了",
                "坏的",
                "发错",
                "👎",
                "😢",
                "😭");
        add(cues, DISAPPOINTMENT, -0.5, "sadly", "unfortunately", "遗憾", "可惜");
        // Worry and hurry. Bare "urgent" and 急 are left out: "urgent delivery" and 急诊 are questions, not fear.
        add(
                cues,
                ANXIETY,
                -0.5,
                "worried",
                "worry",
                "anxious",
                "nervous",
                "scared",
                "panic",
                "panicking",
                "hurry",
                "is urgent",
                "it's urgent",
                "urgently",
                "asap",
                "as soon as possible",
                "担心",
                "着急",
                "急用",
                "急需",
                "焦虑",
                "慌");
        add(cues, ANXIETY, -1.0, "急死", "害怕");
        // Not understanding; mild, but it changes how the answer should be written.
        add(
                cues,
                CONFUSION,
                -0.5,
                "confused",
                "confusing",
                "don't understand",
                "do not understand",
                "doesn't make sense",
                "makes no sense",
                "what does this mean",
                "不明白",
                "不懂",
                "看不懂",
                "搞不懂",
                "什么意思",
                "怎么回事",
                "糊涂");
        // Thanks and delight.
        add(
                cues,
                GRATITUDE,
                1.0,
                "thank",
                "great",
                "perfect",
                "awesome",
                "love",
                "excellent",
                "helpful",
                "appreciate",
                "happy",
                "glad",
                "wonderful",
                "amazing",
                "brilliant",
                "谢谢",
                "感谢",
                "多谢",
                "太好了",
                "很好",
                "满意",
                "棒",
                "不错",
                "喜欢",
                "好用",
                "有帮助",
                "解决了",
                "开心",
                "赞",
                "😊",
                "👍",
                "❤️",
                "😀");
        add(cues, GRATITUDE, 0.5, "🙏");
        // Approval without feeling: moves the sentiment, shows no emotion.
        add(cues, NONE, 0.5, "works", "no problem", "合适", "没问题");
        // Courtesy read whole so its parts stay silent (不用谢 is not thanks).
        add(cues, NONE, 0.0, "不用谢", "不客气", "you're welcome");
        return Map.copyOf(cues);
    }

    private static void add(Map<String, Cue> cues, Emotion emotion, double weight, String... words) {
        for (String word : words) {
            if (cues.put(word, new Cue(weight, emotion)) != null) {
                throw new IllegalStateException("cue listed twice: " + word);
            }
        }
    }
}
