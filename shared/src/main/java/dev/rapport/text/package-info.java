/** Text the domain matches on: utterances, searchable terms (words and Chinese bigrams) and token estimates. */
package dev.rapport.text;
