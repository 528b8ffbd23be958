/**
 * The words every feature shares and none owns: roles, e-mail addresses, the names people give things. At the bottom of
 * the layout: it uses no feature package.
 */
package io.verdict.vocabulary;
