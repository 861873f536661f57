package dev.rapport.memory;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One statement → question pair of the preference sets (see {@code memory-eval/README.md}). */
record PreferenceCase(String id, String lang, String statement, List<Expected> expect, String why, String question) {

    PreferenceCase {
        expect = expect == null ? List.of() : expect;
    }

    boolean negative() {
        return expect.isEmpty();
    }

    boolean sensitive() {
        return expect.stream().anyMatch(Expected::sensitive);
    }

    /** A memory the statement should yield; {@code match} holds the words any one of which it contains. */
    record Expected(
            String polarity, String object, List<String> match, String category, String strength, boolean sensitive) {

        boolean matches(Memory memory) {
            return polarity.equals(PreferenceCase.polarity(memory)) && mentions(memory);
        }

        boolean mentions(Memory memory) {
            String text = String.join(" ", memory.statement(), memory.value(), memory.slot(), objectOf(memory))
                    .toLowerCase(Locale.ROOT);
            return match.stream().anyMatch(word -> contains(text, word.toLowerCase(Locale.ROOT)));
        }

        /** Short Latin words ("M", "XL") must stand alone; anything else may sit inside a longer word. */
        private static boolean contains(String text, String word) {
            if (word.length() <= 2 && word.chars().allMatch(c -> c < 128)) {
                return Pattern.compile("(?<![a-z0-9])" + Pattern.quote(word) + "(?![a-z0-9])")
                        .matcher(text)
                        .find();
            }
            return text.contains(word);
        }
    }

    /** What a memory says about its object: likes, avoids or requires. */
    static String polarity(Memory memory) {
        return memory.polarity().name().toLowerCase(Locale.ROOT);
    }

    static String objectOf(Memory memory) {
        return memory.object();
    }

    static String strengthOf(Memory memory) {
        return memory.strength().name().toLowerCase(Locale.ROOT);
    }
}
