package dev.rapport.memory;

import dev.rapport.text.Terms;
import java.util.Objects;
import java.util.Set;

/**
 * The customer asked to forget something: everything in a slot (a prefix such as {@code size}
 * covers {@code size.shoe} and {@code size.clothing}), one value of a slot, or whatever memory
 * mentions all the given terms when no slot could be recognized.
 *
 * @param slotPrefix a slot prefix, {@code ""} for everything, or null to match by terms
 * @param value only this value of the slot, or null for any
 */
public record ForgetRequest(String slotPrefix, String value, Set<String> terms, String quote) {

    public ForgetRequest {
        terms = Set.copyOf(Objects.requireNonNull(terms, "terms"));
        quote = quote == null ? "" : quote;
        if (slotPrefix == null && terms.isEmpty()) {
            throw new IllegalArgumentException("a forget request needs a slot or terms");
        }
    }

    public static ForgetRequest slot(String slotPrefix, String quote) {
        return new ForgetRequest(slotPrefix, null, Set.of(), quote);
    }

    public static ForgetRequest fact(String slot, String value, String quote) {
        return new ForgetRequest(slot, value, Set.of(), quote);
    }

    public static ForgetRequest terms(Set<String> terms, String quote) {
        return new ForgetRequest(null, null, terms, quote);
    }

    public static ForgetRequest everything(String quote) {
        return slot("", quote);
    }

    public boolean matches(Memory memory) {
        if (slotPrefix != null) {
            return memory.slot().startsWith(slotPrefix) && (value == null || value.equalsIgnoreCase(memory.value()));
        }
        return Terms.of(memory.statement() + ' ' + memory.slot()).containsAll(terms);
    }
}
