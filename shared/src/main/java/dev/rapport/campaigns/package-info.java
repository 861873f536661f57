/**
 * Marketing campaigns: segments, scheduling with quiet hours and a frequency cap, the starter and the worker, birthday
 * greetings.
 */
package dev.rapport.campaigns;
