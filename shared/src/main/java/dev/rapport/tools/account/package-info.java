/**
 * The account and privacy tools of chat: the caller's settings, what is remembered, export and erasure. Identity
 * comes only from the turn; whatever loses data or widens a consent waits for the customer's yes.
 */
package dev.rapport.tools.account;
