package dev.rapport.campaigns;

import dev.rapport.catalog.Product;
import dev.rapport.identity.Owner;
import dev.rapport.memory.Memory;
import dev.rapport.memory.MemoryStore;
import dev.rapport.settings.CustomerSettings;
import java.util.List;

/**
 * A customer's birthday card: their account holder's memories (only with memory on) and the
 * catalog give the facts and the allowed suggestions, the model writes the words, the profile
 * name goes in last and never reaches the model.
 */
public final class BirthdayCards {

    private final MemoryStore memories;
    private final CardSuggestions suggestions;
    private final CardWriter writer;
    private final CampaignWriter names;

    public BirthdayCards(MemoryStore memories, CardSuggestions suggestions, CardWriter writer) {
        this.memories = memories;
        this.suggestions = suggestions;
        this.writer = writer;
        this.names = new CampaignWriter();
    }

    public BirthdayCard card(String campaignId, String customerHash, CustomerSettings settings) {
        List<Memory> current = settings.memoryEnabled()
                ? memories.load(new Owner(customerHash, Owner.DEFAULT_PROFILE))
                        .map(v -> v.book().current())
                        .orElse(List.of())
                : List.of();
        CardFacts facts = CardFacts.of(current, settings);
        CardWriter.Written written = writer.write(facts, suggestions.offered(facts));
        String words = written.text() != null ? written.text() : BirthdayGreetings.greeting(facts.chinese());
        Product suggested = written.suggested();
        return new BirthdayCard(
                campaignId,
                names.write(words, settings),
                suggested == null ? null : suggested.sku(),
                suggested == null ? null : suggested.name(facts.chinese()),
                facts.chinese());
    }
}
