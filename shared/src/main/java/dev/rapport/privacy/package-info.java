/**
 * PII de-identification: placeholders before the model and before storage, stable across a conversation, sealed values
 * for confirmed actions.
 */
package dev.rapport.privacy;
