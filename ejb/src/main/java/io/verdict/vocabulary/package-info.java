/**
 * The words every feature shares and none owns: roles, e-mail addresses, the names people give things, and the one
 * JSON-P provider every feature reads and builds JSON with. At the bottom of the layout: it uses no feature package.
 */
package io.verdict.vocabulary;
