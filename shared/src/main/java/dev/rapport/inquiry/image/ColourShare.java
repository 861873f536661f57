package dev.rapport.inquiry.image;

/**
 * One dominant colour.
 *
 * @param colour the coarse name
 * @param share  fraction of the (opaque) pixels, 0–1
 * @param hex    the average of those pixels as #rrggbb, finer than the name for catalog matching
 */
public record ColourShare(NamedColour colour, double share, String hex) {}
