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

    /**
     * Publishes once per id however often it is asked: claim, publish, mark done. A failed publication
     * gives the claim back and fails, so the caller's retry publishes it.
     *
     * @return true when this call published, false when it had been published already
     */
    default boolean once(String id, Runnable publish) {
        if (!claim(id)) {
            return false;
        }
        try {
            publish.run();
        } catch (RuntimeException e) {
            release(id);
            throw e;
        }
        complete(id);
        return true;
    }
}
