/**
 * In-memory reference adapters for every out-port: for tests, demos and embedders who want no
 * database. They pass the same port contract tests (application test-jar) as the JDBC adapters.
 * Not durable; a transaction serialises use cases but does not roll back (services check everything
 * before they write).
 */
package org.jiaolianti.application.inmemory;
