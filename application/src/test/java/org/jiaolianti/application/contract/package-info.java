/**
 * Port contract tests: one abstract JUnit 5 class per out-port, shipped in the application test-jar
 * ({@code org.jiaolianti:jiaolianti-application}, type {@code test-jar}, scope {@code test}). A storage
 * adapter proves it honours a port by extending the port's contract in its own test sources and
 * implementing the factory method to return a fresh, empty port; if its tables enforce references,
 * it also overrides {@link org.jiaolianti.application.contract.PortContract#referencedRecordsExist}.
 * The in-memory adapters run them in {@code org.jiaolianti.application.inmemory}.
 */
package org.jiaolianti.application.contract;
