/** Service-quality figures: day counters fed by the turns, handoffs and deliveries, and the summary admins read. */
package dev.rapport.analytics;
