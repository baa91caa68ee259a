/**
 * Benchmarks, run beside a baseline in the same process: the bulk import of a city-sized district
 * through the use case against a raw JDBC batch insert of the same rows ({@link
 * org.jiaolianti.examples.benchmark.ImportBenchmark}). Ratios, never timed tests.
 */
package org.jiaolianti.examples.benchmark;
