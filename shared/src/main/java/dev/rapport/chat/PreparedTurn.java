package dev.rapport.chat;

import dev.rapport.agents.Route;
import dev.rapport.agents.Specialist;
import dev.rapport.identity.Owner;
import dev.rapport.memory.Memory;
import dev.rapport.mood.Mood;
import dev.rapport.text.Utterance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A turn once loaded and redacted, before anything answers it: what the answer and the handoff are
 * decided from.
 *
 * @param message the customer's own words, for cue reading and tools; never stored
 * @param voice the recording the message was transcribed from, or null for a typed message
 * @param redacted the message with its personal data replaced by placeholders
 * @param modelInput what the model is shown: the redacted message unless configured otherwise
 * @param mood the mood read from the message by rules, before the model is called; it sets the tone
 * @param vault the real value behind a placeholder the customer shared in this session, if unexpired
 * @param route the specialists the supervisor chose for this turn; null when no supervisor is configured
 */
record PreparedTurn(
        Owner owner,
        Session session,
        ProfileContext profile,
        String message,
        Attachment photo,
        VoiceNote voice,
        String redacted,
        String modelInput,
        List<Memory> recalled,
        String locale,
        Mood mood,
        Instant now,
        Function<String, Optional<String>> vault,
        Route route) {

    PreparedTurn {
        recalled = List.copyOf(recalled);
    }

    /** The specialist that leads the turn, or null without a supervisor. */
    Specialist agent() {
        return route == null ? null : route.lead();
    }

    /** Whether the turn is answered in Chinese: Chinese words, or no words at all from a Chinese locale. */
    boolean chinese() {
        return chinese(message, locale);
    }

    static boolean chinese(String message, String locale) {
        return new Utterance(message).hasCjk()
                || (locale != null && locale.startsWith("zh") && message.chars().noneMatch(Character::isLetter));
    }
}
