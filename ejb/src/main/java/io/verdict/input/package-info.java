/**
 * Reading the records of a run's uploaded input (JSON items, {@code .csv} or {@code .xlsx}), streamed row by row so
 * that files of any size fit in a small heap. A bad file is rejected whole with an {@link
 * io.verdict.input.InputRejectedException} naming the row and column at fault, before any run is created from it.
 */
package io.verdict.input;
