package dev.rapport.handoff;

import java.util.List;

/** The open handoffs, newest first; written with the turn that handed off, in the same transaction. */
public interface HandoffQueue {

    List<Handoff> open(int limit);
}
