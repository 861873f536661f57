package dev.rapport.chat;

import dev.rapport.identity.Owner;
import dev.rapport.memory.Memory;
import dev.rapport.mood.Mood;
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
        Function<String, Optional<String>> vault) {

    PreparedTurn {
        recalled = List.copyOf(recalled);
    }
}
