/** When a schedule fired: the firing time read from EventBridge Scheduler's and EventBridge's events. */
package dev.rapport.scheduling;
