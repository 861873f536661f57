package dev.rapport.memory;

/**
 * Whether a recorded turn is still held. The stream can deliver a turn after the customer erased
 * everything; curating it then would bring back what they asked to forget.
 */
public interface TurnLedger {

    boolean stillHeld(TurnRecorded turn);
}
