/**
 * What the database needs from Verdict and no feature should repeat: migrations (Flyway), the dialect's differences
 * between H2 and MariaDB, index hints and row locks, text clipping and search patterns, and small query helpers
 * ({@link io.verdict.db.Jdbc}, {@link io.verdict.db.Jpql}, and {@link io.verdict.db.RowValues} for one UPDATE over
 * many rows). Ground: it uses no feature package.
 */
package io.verdict.db;
