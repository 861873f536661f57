/** Everything held about a customer: the export and the erasure across every table, and the erasure guard. */
package dev.rapport.personaldata;
