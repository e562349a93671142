package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from optional conditions, each with its parameters: a condition whose
 * parameters are all null is left out. Values always travel as parameters, never in the SQL text.
 */
final class Sql {
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> args = new ArrayList<>();

  private Sql() {}

  static Sql where() {
    return new Sql();
  }

  /** Adds {@code condition} with {@code values} unless every value is null. */
  Sql and(String condition, Object... values) {
    boolean any = false;
    for (Object v : values) {
      any |= v != null;
    }
    if (any) {
      sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(condition);
      for (Object v : values) {
        args.add(v);
      }
    }
    return this;
  }

  /** Adds a condition that has no parameters. */
  Sql always(String condition) {
    sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(condition);
    return this;
  }

  String sql() {
    return sql.toString();
  }

  List<Object> args() {
    return args;
  }

  /** Reads one row. */
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  static PreparedStatement prepare(Connection c, String sql, List<?> args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
    return ps;
  }

  static <T> List<T> list(Connection c, String sql, List<?> args, RowMapper<T> mapper)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
    }
    return out;
  }

  static <T> Page<T> page(Connection c, String sql, String countSql, List<Object> args, int offset,
      int limit, RowMapper<T> mapper) throws SQLException {
    long total;
    try (PreparedStatement ps = prepare(c, countSql, args); ResultSet rs = ps.executeQuery()) {
      rs.next();
      total = rs.getLong(1);
    }
    List<Object> all = new ArrayList<>(args);
    all.add(limit);
    all.add(offset);
    return new Page<>(total, offset, limit, list(c, sql + " LIMIT ? OFFSET ?", all, mapper));
  }

  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  static Double doubleOrNull(ResultSet rs, int col) throws SQLException {
    double v = rs.getDouble(col);
    return rs.wasNull() ? null : v;
  }

  static Integer intOrNull(ResultSet rs, int col) throws SQLException {
    int v = rs.getInt(col);
    return rs.wasNull() ? null : v;
  }
}
