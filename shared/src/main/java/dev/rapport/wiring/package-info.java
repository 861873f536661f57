/**
 * Each capability assembled from configuration once per execution environment: which adapters, which model, which
 * tables.
 */
package dev.rapport.wiring;
