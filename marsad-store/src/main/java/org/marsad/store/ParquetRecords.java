package org.marsad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;

/**
 * Reads the records of the Spark job's output: the {@code documents} Parquet table (one folder per
 * publication month) whose {@code record} column holds each whole {@code marsad/1} record. DuckDB,
 * in memory, reads the Parquet files; nothing is written. Records come in id order.
 */
public final class ParquetRecords {
  private ParquetRecords() {}

  /**
   * Gives every record of {@code sparkOutput}'s documents table to {@code sink}; a record that
   * does not parse is reported (its id and the problem) and skipped. Returns how many failed.
   *
   * @throws StoreException when the folder holds no documents table or it cannot be read
   */
  public static int each(Path sparkOutput, Consumer<Document> sink, Consumer<String> report) {
    Path table = sparkOutput.resolve("documents");
    if (!Files.isDirectory(table)) {
      throw new StoreException(sparkOutput + ": no documents table (the Spark job's --output"
          + " folder has one)");
    }
    String glob = table.toAbsolutePath() + "/**/*.parquet";
    String sql = "SELECT doc_id, record FROM read_parquet('" + glob.replace("'", "''")
        + "', hive_partitioning = true, union_by_name = true) ORDER BY doc_id";
    int failed = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        String id = rows.getString(1);
        String record = rows.getString(2);
        try {
          sink.accept(RecordJson.parse(record));
        } catch (IllegalArgumentException | NullPointerException e) {
          report.accept("marsad: " + table + ": record " + id + ": " + e.getMessage());
          failed++;
        }
      }
    } catch (SQLException e) {
      throw new StoreException(table + ": cannot read the Parquet files: "
          + e.getMessage().replaceAll("\\s+", " "), e);
    }
    return failed;
  }
}
