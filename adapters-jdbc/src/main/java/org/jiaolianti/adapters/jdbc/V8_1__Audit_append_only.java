package org.jiaolianti.adapters.jdbc;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 8.1: on PostgreSQL, a trigger that makes {@code audit_event} and {@code audit_checkpoint}
 * append-only — UPDATE, DELETE and TRUNCATE raise, except DELETE inside a transaction that set
 * {@code jiaolianti.audit_purge = 'on'} (only {@link JdbcAuditTrail#purge} does, with {@code set_config(…, true)},
 * i.e. for its transaction). A Java migration because PL/pgSQL has no H2 equivalent: on H2 it does nothing (the
 * adapter has no UPDATE or DELETE there but the purge's), so both databases still run one migration history.
 *
 * <p>This guards against the application and careless SQL; a superuser can still disable the trigger, which is
 * why every row is also hash-chained and {@code verify} detects a changed or removed row.
 */
final class V8_1__Audit_append_only extends BaseJavaMigration {

  static final String FUNCTION = """
      CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND coalesce(current_setting('jiaolianti.audit_purge', true), '') = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END
      $$""";

  @Override
  public void migrate(Context context) throws Exception {
    String product = context.getConnection().getMetaData().getDatabaseProductName();
    if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
      return;
    }
    try (Statement st = context.getConnection().createStatement()) {
      st.execute(FUNCTION);
      for (String table : new String[] {"audit_event", "audit_checkpoint"}) {
        st.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
            + " FOR EACH ROW EXECUTE FUNCTION audit_append_only()");
        st.execute("CREATE TRIGGER " + table + "_no_truncate BEFORE TRUNCATE ON " + table
            + " FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()");
      }
    }
  }
}
