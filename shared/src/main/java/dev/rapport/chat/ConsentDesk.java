package dev.rapport.chat;

import dev.rapport.actions.Confirmation;
import dev.rapport.memory.Consent;
import dev.rapport.memory.ConsentAnswer;
import dev.rapport.memory.ConsentQuestion;
import dev.rapport.memory.ExtractionInput;
import dev.rapport.memory.Provenance;
import dev.rapport.memory.RuleBasedExtractor;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.text.Utterance;
import java.util.Locale;
import java.util.Optional;

/**
 * Asks before keeping a sensitive fact while the global switch is off, and reads the answer on the
 * next turn — on the turn's path, with what its one read brought (settings and memory book) and the
 * in-process rules, so it costs no round trip and no model call. The question is Rapport's own text,
 * appended to whatever answered, so every model adapter asks it the same way. A yes or no is the
 * same short, explicit confirmation as for actions; it is recorded on the turn and the curator, the
 * only writer of memory books, applies it.
 */
final class ConsentDesk {

    private final RuleBasedExtractor rules = new RuleBasedExtractor();

    /** The customer's yes or no to the question the last turn asked; empty for anything else. */
    Optional<ConsentAnswer> answer(PreparedTurn turn) {
        if (!awaits(turn) || UnsureVoice.holds(turn)) {
            return Optional.empty();
        }
        ConsentQuestion asked = turn.session().pendingConsent();
        return switch (Confirmation.of(turn.message())) {
            case YES -> Optional.of(new ConsentAnswer(asked, true, turn.now()));
            case NO -> Optional.of(new ConsentAnswer(asked, false, turn.now()));
            case OTHER -> Optional.empty();
        };
    }

    /** Whether last turn's question waits for this turn's yes or no. */
    static boolean awaits(PreparedTurn turn) {
        return turn.session().pendingConsent() != null
                && turn.photo() == null
                && turn.profile().settings().memoryEnabled();
    }

    /**
     * The question this turn's reply should end with, if its message states a sensitive fact worth asking
     * about — or, when an unsure voice note's yes or no was not taken, last turn's question, asked again.
     */
    Optional<ConsentQuestion> question(PreparedTurn turn, String turnId) {
        if (UnsureVoice.holds(turn) && awaits(turn)) {
            return Optional.of(turn.session().pendingConsent());
        }
        CustomerSettings settings = turn.profile().settings();
        Consent consent = new Consent(settings.memoryEnabled(), settings.sensitiveMemoryAllowed());
        if (!consent.memoryEnabled() || consent.sensitiveAllowed()) {
            return Optional.empty();
        }
        var extraction = rules.extract(new ExtractionInput(
                turn.redacted(),
                locale(turn.locale()),
                turn.profile().memories().current()));
        Provenance statedIn = new Provenance(turnId, turn.session().sessionId(), turn.now(), turn.redacted());
        return ConsentQuestion.about(extraction.candidates(), turn.profile().memories(), consent, statedIn);
    }

    static boolean chinese(PreparedTurn turn) {
        return new Utterance(turn.message()).hasCjk()
                || (turn.locale() != null
                        && turn.locale().startsWith("zh")
                        && turn.message().chars().noneMatch(Character::isLetter));
    }

    private static Locale locale(String tag) {
        return tag == null ? Locale.ROOT : Locale.forLanguageTag(tag);
    }
}
