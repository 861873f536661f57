/**
 * The model port ({@code ConversationModel}) and what crosses it: requests, grounding, replies, tool specs, usage,
 * prices and the model's faults.
 */
package dev.rapport.model;
