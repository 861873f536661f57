/**
 * What the assistant remembers: extraction, the memory book with provenance, ranking for a turn, the curator and the
 * customer's routes.
 */
package dev.rapport.memory;
