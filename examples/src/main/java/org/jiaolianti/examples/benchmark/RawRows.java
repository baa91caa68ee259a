package org.jiaolianti.examples.benchmark;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.AgreementRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.CommitteeMemberRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ImportDistrictCommand;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.PartnerRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.SchoolRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.TownRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ZoneMemberRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ZoneRow;

/**
 * The baseline: the rows an import of a command writes, derived from the command itself (names mapped
 * to ids here, ids minted up front), inserted with plain JDBC — one {@link PreparedStatement} per table,
 * {@code addBatch} per row, {@code executeBatch} every {@link #batchSize} rows, all in one transaction,
 * tables in the order the import writes them.
 *
 * <p>The values are the ones the JDBC adapter writes: names and free text stripped, a blank duty or
 * coordination office as NULL, collaborations as their names in declaration order, version 0, voiding
 * NULL, the audit columns set to one instant and the actor "system".
 */
public final class RawRows {

  /** The actor the JDBC storage writes when none is signed in. */
  static final String ACTOR = "system";

  /** A value bound as the run's instant (created_at/changed_at). */
  static final Object NOW = new Object() {
    @Override
    public String toString() {
      return "NOW";
    }
  };

  /** A column and the SQL type its NULL is bound with. */
  record Column(String name, int sqlType) {}

  /** One table's insert: columns in order and the rows' values. */
  record Table(String name, List<Column> columns, List<Object[]> rows) {

    String insertSql() {
      return "INSERT INTO " + name + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
          + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }
  }

  static final int V = Types.VARCHAR;
  static final int D = Types.DATE;
  static final int TS = Types.TIMESTAMP_WITH_TIMEZONE;
  private static final List<Column> AUDIT = columns("created_at", TS, "created_by", V, "changed_at", TS,
      "changed_by", V);
  private static final List<Column> VOIDING = columns("voided_by", V, "voided_at", TS, "void_reason", V);

  private final List<Table> tables;
  private final int batchSize;

  private RawRows(List<Table> tables, int batchSize) {
    this.tables = List.copyOf(tables);
    this.batchSize = batchSize;
  }

  /**
   * Rows of other tables, inserted the same way (one statement per table, batches of {@code batchSize}, one
   * transaction): the notice benchmark's generated roster and its receipts baseline.
   */
  static RawRows of(List<Table> tables, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
    }
    return new RawRows(tables, batchSize);
  }

  /** The tables, in the order they are written: towns, schools, partners, zones, memberships, members, agreements. */
  List<Table> tables() {
    return tables;
  }

  /** Rows per table, in write order. */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    tables.forEach(t -> counts.put(t.name(), t.rows().size()));
    return counts;
  }

  public int totalRows() {
    return tables.stream().mapToInt(t -> t.rows().size()).sum();
  }

  /** The rows {@code command} writes, with fresh ids, batched {@code batchSize} rows per {@code executeBatch}. */
  public static RawRows derive(ImportDistrictCommand command, int batchSize) {
    requireNonNull(command, "command");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
    }
    String d = command.district();
    Map<String, String> schoolIds = new HashMap<>();
    Map<String, String> partnerIds = new HashMap<>();

    List<Object[]> towns = new ArrayList<>(command.towns().size());
    for (TownRow t : command.towns()) {
      towns.add(new Object[] {d, t.code(), t.name().strip(), t.kind().name(), NOW, ACTOR});
    }
    List<Object[]> schools = new ArrayList<>(command.schools().size());
    for (SchoolRow s : command.schools()) {
      String id = newId();
      schoolIds.put(s.code(), id);
      schools.add(withAudit(d, id, s.code(), s.name().strip(), s.type().name(), s.town(), s.openedOn(), null, 0L));
    }
    List<Object[]> partners = new ArrayList<>(command.partners().size());
    for (PartnerRow p : command.partners()) {
      String id = newId();
      String name = p.name().strip();
      partnerIds.put(name, id);
      partners.add(withAudit(d, id, p.kind().name(), name, p.unitCode(), p.town(),
          p.resourceKind() == null ? null : p.resourceKind().name(), 0L));
    }
    List<Object[]> zones = new ArrayList<>(command.zones().size());
    List<Object[]> memberships = new ArrayList<>();
    for (ZoneRow z : command.zones()) {
      String id = newId();
      String lead = require(schoolIds, z.leadSchoolCode(), "school");
      zones.add(withAudit(d, id, z.name().strip(), lead, blankToNull(z.coordinationOffice()), z.establishedOn(), 0L));
      // the lead school is the zone's first member, from the day it was established
      memberships.add(withAudit(d, newId(), id, 0, lead, z.establishedOn(), null, null, null, null));
      int no = 1;
      for (ZoneMemberRow m : z.members()) {
        memberships.add(withAudit(d, newId(), id, no++, require(schoolIds, m.schoolCode(), "school"), m.validFrom(),
            m.validTo(), null, null, null));
      }
    }
    List<Object[]> members = new ArrayList<>(command.committeeMembers().size());
    for (CommitteeMemberRow m : command.committeeMembers()) {
      members.add(withAudit(d, newId(), require(schoolIds, m.schoolCode(), "school"), m.name().strip(),
          m.kind().name(), blankToNull(m.duty()), m.validFrom(), m.validTo(), null, null, null, 0L));
    }
    List<Object[]> agreements = new ArrayList<>(command.agreements().size());
    for (AgreementRow a : command.agreements()) {
      String collaborations = a.collaborations().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
      agreements.add(withAudit(d, newId(), require(schoolIds, a.schoolCode(), "school"),
          require(partnerIds, a.partnerName().strip(), "partner"), collaborations, a.duties().strip(), a.mode().strip(),
          a.responsiblePerson().strip(), a.contact().strip(), a.validFrom(), a.validTo(), null, null, null, 0L));
    }

    List<Table> tables = List.of(
        new Table("town", columns("district_code", V, "code", V, "name", V, "kind", V, "created_at", TS,
            "created_by", V), towns),
        new Table("school", audited(columns("district_code", V, "id", V, "code", V, "name", V, "school_type", V,
            "town_code", V, "opened_on", D, "closed_on", D, "version", Types.BIGINT)), schools),
        new Table("partner", audited(columns("district_code", V, "id", V, "kind", V, "name", V, "unit_code", V,
            "town_code", V, "resource_kind", V, "version", Types.BIGINT)), partners),
        new Table("experimental_zone", audited(columns("district_code", V, "id", V, "name", V, "lead_school_id", V,
            "coordination_office", V, "established_on", D, "version", Types.BIGINT)), zones),
        new Table("zone_membership", audited(concat(columns("district_code", V, "id", V, "zone_id", V,
            "membership_no", Types.INTEGER, "school_id", V, "valid_from", D, "valid_to", D), VOIDING)), memberships),
        new Table("committee_member", audited(concat(concat(columns("district_code", V, "id", V, "school_id", V,
            "name", V, "kind", V, "duty", V, "valid_from", D, "valid_to", D), VOIDING),
            columns("version", Types.BIGINT))), members),
        new Table("docking_agreement", audited(concat(concat(columns("district_code", V, "id", V, "school_id", V,
            "partner_id", V, "collaborations", V, "duties", V, "docking_mode", V, "responsible_person", V, "contact", V,
            "valid_from", D, "valid_to", D), VOIDING), columns("version", Types.BIGINT))), agreements));
    for (Table t : tables) {
      for (Object[] row : t.rows()) {
        if (row.length != t.columns().size()) {
          throw new IllegalStateException(t.name() + ": " + row.length + " values for " + t.columns().size()
              + " columns");
        }
      }
    }
    return new RawRows(tables, batchSize);
  }

  /**
   * Inserts every row on one connection of {@code dataSource} in one transaction, committed at the end
   * (rolled back if anything fails); the audit columns get {@code now}.
   */
  public void insert(DataSource dataSource, Instant now) throws SQLException {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        for (Table table : tables) {
          insert(c, table, at);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  private void insert(Connection c, Table table, OffsetDateTime now) throws SQLException {
    if (table.rows().isEmpty()) {
      return;
    }
    List<Column> columns = table.columns();
    try (PreparedStatement st = c.prepareStatement(table.insertSql())) {
      int pending = 0;
      for (Object[] row : table.rows()) {
        for (int i = 0; i < row.length; i++) {
          bind(st, i + 1, row[i], columns.get(i).sqlType(), now);
        }
        st.addBatch();
        if (++pending == batchSize) {
          st.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        st.executeBatch();
      }
    }
  }

  /** Binds as the JDBC adapter does: java.time through setObject, instants as UTC timestamps with time zone. */
  private static void bind(PreparedStatement st, int position, Object value, int sqlType, OffsetDateTime now)
      throws SQLException {
    if (value == null) {
      st.setNull(position, sqlType);
    } else if (value == NOW) {
      st.setObject(position, now, Types.TIMESTAMP_WITH_TIMEZONE);
    } else if (value instanceof String s) {
      st.setString(position, s);
    } else if (value instanceof LocalDate date) {
      st.setObject(position, date);
    } else if (value instanceof Long l) {
      st.setLong(position, l);
    } else if (value instanceof Integer i) {
      st.setInt(position, i);
    } else if (value instanceof Boolean b) {
      st.setBoolean(position, b);
    } else if (value instanceof OffsetDateTime t) {
      st.setObject(position, t, Types.TIMESTAMP_WITH_TIMEZONE);
    } else if (value instanceof java.math.BigDecimal d) {
      // scores of the mental-health report benchmark (NUMERIC columns)
      st.setBigDecimal(position, d);
    } else {
      throw new IllegalArgumentException("cannot bind " + value.getClass());
    }
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  private static String require(Map<String, String> ids, String key, String what) {
    String id = ids.get(key);
    if (id == null) {
      throw new IllegalArgumentException("the command names an unknown " + what + ": " + key);
    }
    return id;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** {@code values} followed by the four audit columns' values. */
  private static Object[] withAudit(Object... values) {
    Object[] row = Arrays.copyOf(values, values.length + 4);
    row[values.length] = NOW;
    row[values.length + 1] = ACTOR;
    row[values.length + 2] = NOW;
    row[values.length + 3] = ACTOR;
    return row;
  }

  private static List<Column> audited(List<Column> columns) {
    return concat(columns, AUDIT);
  }

  private static List<Column> concat(List<Column> a, List<Column> b) {
    List<Column> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** Pairs of name and SQL type. */
  static List<Column> columns(Object... pairs) {
    List<Column> columns = new ArrayList<>(pairs.length / 2);
    for (int i = 0; i < pairs.length; i += 2) {
      columns.add(new Column((String) pairs[i], (Integer) pairs[i + 1]));
    }
    return List.copyOf(columns);
  }
}
