package org.marsad.kb.importer;

import java.util.List;
import java.util.Objects;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;

/**
 * A knowledge-base row read from a file being imported: the file it belongs in ({@code kind}),
 * its fields in that file's column order, and where it was read ({@code FILE:LINE}).
 */
record ImportRow(KbEntry.Kind kind, List<String> fields, String where) {
  ImportRow {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(where, "where");
    fields = fields.stream().map(ImportRow::clean).toList();
    if (fields.size() != KnowledgeBase.columns(kind)) {
      throw new IllegalArgumentException(where + ": " + fields.size() + " fields for a "
          + KnowledgeBase.fileName(kind) + " row");
    }
  }

  /** A field as it can stand in a TSV row: no tabs or line breaks, no surrounding blanks. */
  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }

  String id() {
    return fields.get(0);
  }

  String line() {
    return String.join("\t", fields);
  }

  /** The rows read from one file: rows, problems ({@code FILE:LINE: ...}), rows left aside. */
  record Read(List<ImportRow> rows, List<String> problems, int skipped) {
    Read {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }
}
