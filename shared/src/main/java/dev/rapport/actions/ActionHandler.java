package dev.rapport.actions;

import dev.rapport.identity.Owner;

/**
 * Carries out a confirmed proposal that is not an order change: the account's (forgetting a memory,
 * switching a consent on, erasing everything). The owner comes from the confirming turn's verified
 * caller, never from what was stored with the proposal.
 */
public interface ActionHandler {

    /** What was done: the status the reply's actions show, and its line in the customer's language. */
    record Done(String status, String line) {}

    boolean handles(String type);

    Done carryOut(Owner owner, PendingAction action, boolean chinese);
}
