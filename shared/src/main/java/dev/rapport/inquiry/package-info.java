/** The photo inquiry use case: a question about a photo answered as a chat turn, the photo never stored. */
package dev.rapport.inquiry;
