/**
 * What Verdict tells whoever started it, once everything else has started: where the console and the API are, the
 * robot's licence, and the demo users on the embedded database. Nothing depends on it.
 */
package io.verdict.startup;
