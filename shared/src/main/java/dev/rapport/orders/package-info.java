/**
 * Customers' orders: status, delivery address, cancellation and rebooking, and their audit entries; the order store
 * port.
 */
package dev.rapport.orders;
