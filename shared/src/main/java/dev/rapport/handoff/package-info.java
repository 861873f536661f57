/**
 * Handoff to a person: when a turn hands off, what the customer is told, the record, the support admins' queue and
 * their messages to the customer while they have the conversation.
 */
package dev.rapport.handoff;
