/**
 * The business's products: search, regional specifications and the support admins' validation; the {@code Catalog}
 * port.
 */
package dev.rapport.catalog;
