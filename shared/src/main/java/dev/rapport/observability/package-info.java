/** Powertools logging and EMF metrics: per request, per turn, per model and per job. */
package dev.rapport.observability;
