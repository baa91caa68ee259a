/**
 * Bring your own storage: {@link org.jiaolianti.examples.customstorage.CsvFilePartners}, an integrator's
 * implementation of one out-port in a CSV file, proved by the application's port contract tests, and
 * {@link org.jiaolianti.examples.customstorage.CustomStorageExample}, which plugs it in next to the
 * in-memory adapters.
 */
package org.jiaolianti.examples.customstorage;
