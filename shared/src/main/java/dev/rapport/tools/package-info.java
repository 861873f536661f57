/**
 * The model's tools and the tool-use loop: product search, order status, recommendations and the proposals of confirmed
 * actions.
 */
package dev.rapport.tools;
