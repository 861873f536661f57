/**
 * The business's knowledge: FAQs, documents and passages, the in-memory index, the advisor that grounds and cites a
 * turn, the admin upkeep.
 */
package dev.rapport.knowledge;
