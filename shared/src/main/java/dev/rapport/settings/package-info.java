/**
 * Customer settings and profiles: consent to memory, sensitive memory and marketing, time zone and locale, versioned
 * writes.
 */
package dev.rapport.settings;
