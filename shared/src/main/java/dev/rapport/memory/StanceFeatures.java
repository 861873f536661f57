package dev.rapport.memory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the stance model reads of a clause: Latin words and word pairs, and runs of one to three Han
 * characters. Character runs suit Chinese, which has no spaces to split on, and survive the way people
 * type ("不太能吃辣哈", "唔食辣"); words and pairs carry English ("can't stand", "no-go").
 */
final class StanceFeatures {

    private static final Pattern LATIN = Pattern.compile("[a-z0-9][a-z0-9'-]*");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    private StanceFeatures() {}

    static List<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        LinkedHashSet<String> features = new LinkedHashSet<>();
        features.add("^");
        String previous = "^";
        Matcher words = LATIN.matcher(lower);
        while (words.find()) {
            String word = words.group();
            features.add("w:" + word);
            if (word.length() > 5) {
                // A stem: "allergic", "alergic" and "allergies" share "aller"/"alerg"; "vegeterian" keeps "veget".
                features.add("s:" + word.substring(0, 5));
            }
            features.add("b:" + previous + '_' + word);
            previous = word;
        }
        Matcher han = HAN.matcher(lower);
        while (han.find()) {
            String run = han.group();
            for (int n = 1; n <= 3; n++) {
                for (int i = 0; i + n <= run.length(); i++) {
                    features.add("h:" + run.substring(i, i + n));
                }
            }
        }
        return new ArrayList<>(features);
    }
}
