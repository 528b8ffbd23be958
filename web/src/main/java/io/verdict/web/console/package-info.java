/**
 * What every console page shares: the signed-in user, the language, formatting, messages, uploads and keyset-paged
 * tables. Pages' backing beans live in their feature's package and call services, never the database.
 */
package io.verdict.web.console;
