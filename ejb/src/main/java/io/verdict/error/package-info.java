/**
 * The three ways a request fails that are the caller's to fix: not found, invalid, conflicting with the current state.
 * Each rolls the transaction back, so nothing is half-done.
 */
package io.verdict.error;
