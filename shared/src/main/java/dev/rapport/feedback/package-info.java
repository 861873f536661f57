/** Ratings and thumbs on a turn, with a redacted comment, erased with the turn. */
package dev.rapport.feedback;
