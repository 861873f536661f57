package dev.rapport.campaigns;

import dev.rapport.memory.Memory;
import dev.rapport.memory.Polarity;
import dev.rapport.settings.CustomerSettings;
import java.util.List;
import java.util.Locale;

/**
 * What a birthday card may be written from: the customer's current likes (ordinary memories only:
 * a health or other sensitive fact never reaches a marketing message) and every constraint, the
 * sensitive ones included, which only ever take suggestions away.
 *
 * @param likes what the customer likes, in their own words ("绿色", "white shoes")
 * @param avoids what they avoid, dislike or are allergic to ("leather", "nickel")
 * @param requires what they require, such as a diet ("vegan")
 * @param chinese the card's language: the locale setting, else the language the memories were told in
 */
public record CardFacts(List<String> likes, List<String> avoids, List<String> requires, boolean chinese) {

    public CardFacts {
        likes = List.copyOf(likes);
        avoids = List.copyOf(avoids);
        requires = List.copyOf(requires);
    }

    public static CardFacts of(List<Memory> current, CustomerSettings settings) {
        List<String> likes = current.stream()
                .filter(m -> m.polarity() == Polarity.LIKES && !m.sensitive())
                .map(Memory::object)
                .toList();
        List<String> avoids = current.stream()
                .filter(m -> m.polarity() == Polarity.AVOIDS)
                .map(Memory::object)
                .toList();
        List<String> requires = current.stream()
                .filter(m -> m.polarity() == Polarity.REQUIRES)
                .map(Memory::value)
                .toList();
        return new CardFacts(likes, avoids, requires, chinese(current, settings));
    }

    private static boolean chinese(List<Memory> current, CustomerSettings settings) {
        if (settings.locale() != null) {
            return settings.locale().toLowerCase(Locale.ROOT).startsWith("zh");
        }
        return current.stream()
                .anyMatch(m -> m.provenance().quote().codePoints().anyMatch(Character::isIdeographic));
    }
}
