package org.jiaolianti.examples.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The seven tables an import writes: emptied between runs, counted after each, and compared by
 * content, ids resolved to natural keys (school code, partner name, zone name), so that the import's
 * rows and the baseline's can be shown to be the same rows although their ids differ.
 */
final class OrganizationTables {

  /** Children before parents: deleting in this order respects the foreign keys. */
  static final List<String> DELETE_ORDER = List.of("docking_agreement", "committee_member", "zone_membership",
      "experimental_zone", "partner", "school", "town");

  private static final String AUDIT = ", t.created_by, t.changed_by, CASE WHEN t.created_at = t.changed_at"
      + " THEN 'same' ELSE 'differ' END";
  private static final String VOIDING = ", t.voided_by, t.voided_at, t.void_reason";

  /** Per table, its content with ids replaced by natural keys; one column per value. */
  private static final Map<String, String> CONTENT = new LinkedHashMap<>();

  static {
    CONTENT.put("town", "SELECT t.district_code, t.code, t.name, t.kind, t.created_by FROM town t");
    CONTENT.put("school", "SELECT t.district_code, t.code, t.name, t.school_type, t.town_code, t.opened_on,"
        + " t.closed_on, t.version" + AUDIT + " FROM school t");
    CONTENT.put("partner", "SELECT t.district_code, t.kind, t.name, t.unit_code, t.town_code, t.resource_kind,"
        + " t.version" + AUDIT + " FROM partner t");
    CONTENT.put("experimental_zone", "SELECT t.district_code, t.name, s.code, t.coordination_office,"
        + " t.established_on, t.version" + AUDIT + " FROM experimental_zone t"
        + " JOIN school s ON s.district_code = t.district_code AND s.id = t.lead_school_id");
    CONTENT.put("zone_membership", "SELECT t.district_code, z.name, t.membership_no, s.code, t.valid_from,"
        + " t.valid_to" + VOIDING + AUDIT + " FROM zone_membership t"
        + " JOIN experimental_zone z ON z.district_code = t.district_code AND z.id = t.zone_id"
        + " JOIN school s ON s.district_code = t.district_code AND s.id = t.school_id");
    CONTENT.put("committee_member", "SELECT t.district_code, s.code, t.name, t.kind, t.duty, t.valid_from,"
        + " t.valid_to" + VOIDING + ", t.version" + AUDIT + " FROM committee_member t"
        + " JOIN school s ON s.district_code = t.district_code AND s.id = t.school_id");
    CONTENT.put("docking_agreement", "SELECT t.district_code, s.code, p.name, t.collaborations, t.duties,"
        + " t.docking_mode, t.responsible_person, t.contact, t.valid_from, t.valid_to" + VOIDING + ", t.version"
        + AUDIT + " FROM docking_agreement t"
        + " JOIN school s ON s.district_code = t.district_code AND s.id = t.school_id"
        + " JOIN partner p ON p.district_code = t.district_code AND p.id = t.partner_id");
  }

  private OrganizationTables() {}

  /** Deletes every row of the seven tables, in one transaction. */
  static void empty(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        for (String table : DELETE_ORDER) {
          st.executeUpdate("DELETE FROM " + table);
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  /**
   * PostgreSQL only: reclaims the deleted rows' space, so that every timed run starts from the same
   * state and autovacuum does not wake up in the middle of one.
   */
  static void vacuum(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(true);
      try {
        st.execute("VACUUM " + String.join(", ", DELETE_ORDER));
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  /** Rows per table, in {@code tables}' order. */
  static Map<String, Integer> counts(DataSource dataSource, Iterable<String> tables) throws SQLException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      for (String table : tables) {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getInt(1));
        }
      }
    }
    return counts;
  }

  /** Every table's rows as text (ids resolved to natural keys), sorted. */
  static Map<String, List<String>> content(DataSource dataSource) throws SQLException {
    Map<String, List<String>> content = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      for (Map.Entry<String, String> table : CONTENT.entrySet()) {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(table.getValue()); ResultSet rs = st.executeQuery()) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              row.append(i == 1 ? "" : " | ").append(rs.getString(i));
            }
            rows.add(row.toString());
          }
        }
        Collections.sort(rows);
        content.put(table.getKey(), rows);
      }
    }
    return content;
  }

  /** Null if {@code a} and {@code b} hold the same rows, else the first difference. */
  static String difference(Map<String, List<String>> a, Map<String, List<String>> b, String aName, String bName) {
    for (String table : a.keySet()) {
      List<String> x = a.get(table);
      List<String> y = b.getOrDefault(table, List.of());
      for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
        String rowX = i < x.size() ? x.get(i) : "(none)";
        String rowY = i < y.size() ? y.get(i) : "(none)";
        if (!rowX.equals(rowY)) {
          return table + " (" + x.size() + " vs " + y.size() + " rows), sorted row " + i + ":\n  " + aName + ": "
              + rowX + "\n  " + bName + ": " + rowY;
        }
      }
    }
    return null;
  }
}
