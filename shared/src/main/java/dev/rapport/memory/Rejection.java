package dev.rapport.memory;

import java.util.Locale;
import java.util.Objects;

/**
 * Something that was not remembered, and why; reported so the curator can log the counts and the
 * assistant can tell the customer (for example that memory is full).
 *
 * @param subject the slot, or empty when the rejected text never became a fact (an instruction)
 * @param detail the redacted words or the statement that was refused
 */
public record Rejection(Reason reason, String subject, String detail) {

    public enum Reason {
        DUPLICATE,
        SENSITIVE_WITHOUT_CONSENT,
        INSTRUCTION,
        CAPACITY_FULL,
        MEMORY_DISABLED,
        /** Placeholders of redacted values and street addresses are never facts. */
        PERSONAL_DATA,
        LOW_CONFIDENCE;

        /** The kebab-case form used in logs and API payloads, e.g. {@code capacity-full}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }

    static Rejection of(Reason reason, Candidate candidate) {
        return new Rejection(reason, candidate.slot(), candidate.statement());
    }
}
