package dev.rapport.memory;

/**
 * Port: proposes memories from one redacted customer message. Implementations favour precision
 * (a wrong memory is worse than a missing one) and never turn an instruction into a fact.
 */
public interface MemoryExtractor {

    Extraction extract(ExtractionInput input);
}
