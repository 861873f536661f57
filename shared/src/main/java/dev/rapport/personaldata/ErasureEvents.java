package dev.rapport.personaldata;

import java.time.Instant;

/**
 * Where a completed erasure is announced ({@code CustomerErased}), so systems that received the
 * customer's data before it — handoff consumers holding summaries — can delete their copies.
 */
public interface ErasureEvents {

    /** Announces nothing: for tests and stacks without consumers. */
    ErasureEvents NONE = (customerHash, at) -> {};

    /** Throws when the announcement could not be made, so the caller can repeat the erasure. */
    void erased(String customerHash, Instant at);
}
