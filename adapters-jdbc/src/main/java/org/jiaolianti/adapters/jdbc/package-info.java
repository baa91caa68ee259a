/**
 * JDBC implementations of the application's out-ports, one {@code Jdbc<Port>} class per port, on H2
 * (the embedded default, file mode) and PostgreSQL (production). {@link org.jiaolianti.adapters.jdbc.JdbcStorage}
 * wires them into the application's {@code Storage}; {@link org.jiaolianti.adapters.jdbc.DatabaseConfig}
 * says which database; Flyway migrations in {@code db/migration} create the schema.
 *
 * <p>Jdbi runs the SQL; every statement filters by the district key; aggregates carry a version
 * column for optimistic locking; voided records are kept.
 */
package org.jiaolianti.adapters.jdbc;
