package dev.rapport.actions;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a reply to a proposal. Only a short, explicit yes confirms: a state change must never ride
 * on a sentence that merely contains "ok" somewhere.
 */
public enum Confirmation {
    YES,
    NO,
    OTHER;

    private static final Set<String> YES_WORDS = Set.of(
            "yes",
            "y",
            "yes please",
            "yes, please",
            "confirm",
            "confirmed",
            "i confirm",
            "ok",
            "okay",
            "sure",
            "go ahead",
            "do it",
            "确认",
            "确定",
            "是",
            "是的",
            "好的",
            "好",
            "可以",
            "对",
            "嗯",
            "同意",
            "确认取消",
            "确认修改");
    private static final Set<String> NO_WORDS = Set.of(
            "no",
            "n",
            "nope",
            "no thanks",
            "no, thanks",
            "cancel that",
            "don't",
            "do not",
            "keep it",
            "不",
            "不要",
            "不用",
            "不了",
            "算了",
            "取消",
            "否",
            "先不要",
            "不用了");

    public static Confirmation of(String message) {
        String normalised = message.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s]+", " ")
                .replaceAll("[.!。！~～]+$", "")
                .strip();
        if (YES_WORDS.contains(normalised)) {
            return YES;
        }
        return NO_WORDS.contains(normalised) ? NO : OTHER;
    }
}
