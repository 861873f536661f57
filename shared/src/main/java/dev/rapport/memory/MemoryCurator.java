package dev.rapport.memory;

import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.SettingsStore;
import java.util.List;
import java.util.Locale;

/**
 * Off the chat's critical path: reads each recorded turn, extracts facts, and folds them into the
 * profile's memory book under the customer's consent. Safe to repeat: a turn already curated
 * changes nothing, and a concurrent update is re-read and re-applied.
 */
public final class MemoryCurator {

    static final int MAX_ATTEMPTS = 5;

    private final MemoryExtractor extractor;
    private final MemoryStore memories;
    private final SettingsStore settings;
    private final TurnLedger turns;
    private final int capacity;
    private final BirthdaySharing birthdays;

    private static Locale locale(CustomerSettings settings) {
        return settings.locale() == null ? Locale.ROOT : Locale.forLanguageTag(settings.locale());
    }

    public MemoryCurator(
            MemoryExtractor extractor,
            MemoryStore memories,
            SettingsStore settings,
            TurnLedger turns,
            int capacity,
            BirthdayAudience audience) {
        this.extractor = extractor;
        this.memories = memories;
        this.settings = settings;
        this.turns = turns;
        this.capacity = capacity;
        this.birthdays = new BirthdaySharing(audience);
    }

    /** A yes or no to a question asked in this very session: the answering turn says nothing else to learn. */
    private static boolean answered(TurnRecorded turn) {
        return turn.consentAnswer() != null
                && turn.consentAnswer().question().statedIn().sessionId().equals(turn.sessionId());
    }

    private Extraction extract(TurnRecorded turn, CustomerSettings customer, MemoryStore.Versioned stored) {
        // What the book already holds is what the prompt may have carried: restating it is not news.
        return extractor.extract(new ExtractionInput(
                turn.message(), locale(customer), stored.book().current()));
    }

    public MemoryBookChange curate(TurnRecorded turn) {
        if (!turns.stillHeld(turn)) {
            return new MemoryBookChange(MemoryBook.empty(capacity), List.of(), List.of(), List.of(), List.of());
        }
        CustomerSettings customer = settings.find(turn.owner().customerHash()).orElse(CustomerSettings.DEFAULTS);
        Consent consent = new Consent(customer.memoryEnabled(), customer.sensitiveMemoryAllowed());
        Provenance provenance = new Provenance(turn.turnId(), turn.sessionId(), turn.at(), turn.message());
        for (int attempt = 1; ; attempt++) {
            MemoryStore.Versioned stored =
                    memories.load(turn.owner()).orElse(new MemoryStore.Versioned(MemoryBook.empty(capacity), 0));
            MemoryBookChange change = answered(turn)
                    ? stored.book().answer(turn.consentAnswer(), turn.turnId(), consent)
                    : stored.book().apply(extract(turn, customer, stored), provenance, consent);
            boolean declined = !change.book().declined().equals(stored.book().declined());
            if (!change.changed() && !declined) {
                birthdays.again(turn.owner(), stored.book(), turn.turnId());
                return change;
            }
            try {
                memories.save(turn.owner(), stored, change.book());
                // After the save, off the turn's path like the curation itself: the book is the record.
                birthdays.follow(turn.owner(), stored.book(), change.book());
                return change;
            } catch (MemoryStore.ConcurrentMemoryUpdateException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
