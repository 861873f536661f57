/**
 * The smoke test of a deployed stack: a few end-to-end checks over the HTTP API with one customer's
 * token (a chat turn, a photo question, the memory round trip, erasure), printed as a pass/fail
 * table. Plain JDK HTTP and Jackson, no AWS SDK: {@code scripts/smoke.sh} finds the URL and the token.
 */
package dev.rapport.smoke;
