/**
 * What the database needs from Verdict and no feature should repeat: migrations (Flyway), the dialect's differences
 * between H2 and MariaDB, index hints, text clipping and search patterns, and two small query helpers ({@link
 * io.verdict.db.Jdbc}, {@link io.verdict.db.Jpql}). Ground: it uses no feature package.
 */
package io.verdict.db;
