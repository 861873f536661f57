package dev.rapport.handoff;

/**
 * Port: which announcements went out. Streams deliver at least once, so each handoff is claimed
 * before it is published and marked done after; a claim that was never finished (the function
 * died mid-way) lapses, so the handoff is published by a later attempt instead of never.
 */
public interface PublicationLedger {

    /** True when this caller may publish now: nobody published it and nobody holds a live claim. */
    boolean claim(String id);

    /** Publishing succeeded; later claims of this id are refused. */
    void complete(String id);

    /** Publishing failed; the next attempt may claim again at once. */
    void release(String id);
}
