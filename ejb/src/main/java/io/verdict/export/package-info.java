/**
 * Spreadsheet reports of a run's results, written as a stream so that exports of any size fit in a small heap. Every
 * value is text, and text a spreadsheet could read as a formula is marked as text, so an exported report can never run
 * a formula planted in the input (CSV/formula injection) and reads back with the values it was written with.
 */
package io.verdict.export;
