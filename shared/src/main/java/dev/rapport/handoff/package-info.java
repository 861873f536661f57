/** Handoff to a person: when a turn hands off, what the customer is told, the record and the support admins' queue. */
package dev.rapport.handoff;
