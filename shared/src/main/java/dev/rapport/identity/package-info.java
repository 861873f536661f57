/**
 * Who is calling, from the authorizer's verified claims only, and whose data a call may touch ({@code Caller}, {@code
 * Owner}).
 */
package dev.rapport.identity;
