package dev.rapport.personaldata;

import java.util.List;
import java.util.Map;

/**
 * Everything held about one customer, across every table: found through the customer index every
 * item of theirs carries, so nothing depends on remembering where things were written.
 */
public interface PersonalDataStore {

    /** The customer's items by table label ({@code conversations}, {@code idempotency}, {@code memory}). */
    Map<String, List<Map<String, Object>>> export(String customerHash);

    /** What an erasure did: {@code remaining} items were still found when it stopped (0: complete). */
    record Erased(int deleted, int remaining) {}

    /**
     * Blocks new writes of the customer for a guard period, then deletes every item of theirs,
     * repeating until none is found or its passes run out. Safe to repeat.
     */
    Erased erase(String customerHash);
}
