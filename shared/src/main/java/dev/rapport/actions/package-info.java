/**
 * Confirmed actions on orders: proposals the model makes, the customer's yes or no, and the execution with its audit
 * record.
 */
package dev.rapport.actions;
