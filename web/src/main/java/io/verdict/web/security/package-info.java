/**
 * How a request proves who sent it: HTTP Basic or a Bearer token for the API, the login form and a session for the
 * console, checked against Verdict's users and tokens (Jakarta Security).
 */
package io.verdict.web.security;
