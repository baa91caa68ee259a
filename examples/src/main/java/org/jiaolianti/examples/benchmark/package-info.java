/**
 * Benchmarks, run beside a baseline in the same process: the bulk import of a city-sized district
 * through the use case against a raw JDBC batch insert of the same rows ({@link
 * org.jiaolianti.examples.benchmark.ImportBenchmark}); one notice to every guardian of a district against a
 * raw batch insert (and a COPY) of its receipts ({@link org.jiaolianti.examples.benchmark.NoticeBenchmark});
 * a district's mental-health report through the use case against one raw SQL aggregate of its headline figures
 * ({@link org.jiaolianti.examples.benchmark.MentalHealthReportBenchmark}); the registration storm over HTTP
 * ({@link org.jiaolianti.examples.benchmark.RegistrationStorm}). Ratios and checks, never timed tests.
 */
package org.jiaolianti.examples.benchmark;
