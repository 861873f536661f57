/** The optional SNS push channel for delivered reminders. */
package dev.rapport.channels.sns;
