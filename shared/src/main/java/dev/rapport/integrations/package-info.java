/**
 * The business's systems talking to Rapport: order and customer events from its order system and CRM
 * (EventBridge, or a JSONL file for a first sync), applied once each and never older over newer; the
 * integration store and dead-letter ports.
 */
package dev.rapport.integrations;
