/** The first sync of the business's orders and customers from a JSONL file, through the events' own use case. */
package dev.rapport.local.integrations;
