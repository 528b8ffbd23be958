/**
 * What every API resource shares: the JAX-RS application at {@code /api/v1}, JSON settings, request parameter parsing
 * and the mapping of failures to JSON errors with the right status. Resources live in their feature's package.
 */
package io.verdict.web.api;
