/**
 * JDBC implementations of the application's out-ports (H2 embedded default, PostgreSQL for production).
 *
 * <p>Placeholder until the JDBC adapter issue: the application ships in-memory reference adapters in
 * {@code org.jiaolianti.application.inmemory} meanwhile.
 */
package org.jiaolianti.adapters.jdbc;
