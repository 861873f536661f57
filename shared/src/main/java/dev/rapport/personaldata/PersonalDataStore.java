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

    /** Deletes every item of the customer; returns how many were deleted. Safe to repeat. */
    int erase(String customerHash);
}
