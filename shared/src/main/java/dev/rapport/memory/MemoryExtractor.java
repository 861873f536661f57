package dev.rapport.memory;

/**
 * Finds facts worth remembering in one customer message (already PII-redacted): rules offline,
 * a structured model call with Bedrock.
 */
public interface MemoryExtractor {

    Extraction extract(String message);
}
