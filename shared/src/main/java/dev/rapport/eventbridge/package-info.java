/** The EventBridge adapter: handoff and erasure events published to the stage's bus. */
package dev.rapport.eventbridge;
