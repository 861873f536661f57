/**
 * Specialist agents and the supervisor that picks one for each turn: each specialist has its own
 * instructions and may call only its own tools.
 */
package dev.rapport.agents;
