package org.marsad.kb.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.data.AtomicFile;
import org.marsad.kb.KbEntry.Kind;
import org.marsad.kb.KnowledgeBase.UserFile;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;

/**
 * {@code marsad kb import}: adds places and actors from GeoNames dumps ({@link GeoNamesRows}) and
 * user CSV files ({@link CsvKbRows}) to a user knowledge-base folder, which {@link
 * KnowledgeBase#withUserDir} merges with the shipped one.
 *
 * <p>Every row is checked with the rules of {@code kb validate}; a bad row is reported with its
 * file and line and left out, the good rows are still imported. An id of the shipped knowledge
 * base is refused (the shipped entry wins); an id seen twice in one import is refused the second
 * time; an id already in the user folder is updated in place. A place that the knowledge base
 * already has under another id ({@link KnownPlaces}) is skipped. The user files keep their
 * lines, comments included; each changed file is written whole or not at all, and nothing is
 * written when the folder's files have problems of their own or the merged result would not
 * validate.
 */
public final class KbImport {
  private KbImport() {}

  /** The formats read. */
  public enum Format {
    GEONAMES,
    CSV;

    /** CSV for a {@code .csv} file, GeoNames otherwise. */
    public static Format of(Path file) {
      return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV
          : GEONAMES;
    }
  }

  /**
   * What an import did.
   *
   * @param refused why nothing was imported (the user folder's own problems), or null
   * @param problems bad rows (left out) and unreadable files, {@code FILE[:LINE]: problem}
   * @param unreadable how many of the files gave not one row, for a problem of their own (no such
   *     file, unreadable, a bad header, broken quoting; named among {@code problems}); every other
   *     problem is one row left out
   * @param notes rows left out because the knowledge base already has the place
   * @param skipped GeoNames rows not imported by design (no Arabic name, feature, population)
   */
  public record Summary(String refused, List<String> problems, int unreadable, List<String> notes,
      int added, int updated, int known, int skipped, boolean written) {
    public Summary {
      problems = List.copyOf(problems);
      notes = List.copyOf(notes);
    }
  }

  /**
   * Imports {@code files} into {@code dir} (created when missing).
   *
   * @param format the files' format, or null to tell it from each file's name
   * @param minPopulation GeoNames populated places with fewer people are skipped
   * @param dryRun check and count only, write nothing
   */
  public static Summary run(Path dir, List<Path> files, Format format, long minPopulation,
      boolean dryRun) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return refused(dir + " is not a folder");
    }
    Map<Kind, UserFile> before = new EnumMap<>(Kind.class);
    KnowledgeBase current = KnowledgeBase.standard();
    if (Files.isDirectory(dir)) {
      current = KnowledgeBase.withUserDir(dir);
      List<String> own = current.validate().subList(KnowledgeBase.standard().validate().size(),
          current.validate().size());
      if (!own.isEmpty()) {
        return refused(dir + " has " + own.size() + " problem" + (own.size() == 1 ? "" : "s")
            + " (marsad kb validate --kb-dir " + dir + " lists them), first: " + own.get(0));
      }
      for (Kind kind : Kind.values()) {
        Path p = dir.resolve(KnowledgeBase.fileName(kind));
        if (Files.isRegularFile(p)) {
          before.put(kind, new UserFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    }
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<ImportRow> rows = new ArrayList<>();
    int skipped = 0;
    int unreadable = 0;
    for (Path file : files) {
      ImportRow.Read read;
      try {
        read = (format != null ? format : Format.of(file)) == Format.CSV ? CsvKbRows.read(file)
            : GeoNamesRows.read(file, minPopulation);
      } catch (NoSuchFileException e) {
        problems.add(file + ": no such file");
        unreadable++;
        continue;
      } catch (IOException e) {
        problems.add(file + ": cannot read: " + e.getMessage());
        unreadable++;
        continue;
      }
      rows.addAll(read.rows());
      problems.addAll(read.problems());
      if (read.rows().isEmpty() && !read.problems().isEmpty()) {
        unreadable++; // not one row could be read from it: a bad header, broken quoting
      }
      skipped += read.skipped();
    }
    KnownPlaces known = new KnownPlaces(current.entries());
    Map<Kind, Map<String, ImportRow>> accepted = new EnumMap<>(Kind.class);
    Map<String, String> seen = new HashMap<>();
    int added = 0;
    int updated = 0;
    int dup = 0;
    for (ImportRow row : rows) {
      List<String> rowProblems = new ArrayList<>();
      KbEntry e = KnowledgeBase.parse(row.kind(), row.where(),
          row.fields().toArray(new String[0]), rowProblems);
      if (!rowProblems.isEmpty()) {
        problems.addAll(rowProblems);
        continue;
      }
      if (KnowledgeBase.isShipped(e.id())) {
        problems.add(row.where() + ": id '" + e.id() + "' is a shipped entry's; not imported");
        continue;
      }
      String first = seen.putIfAbsent(e.id(), row.where());
      if (first != null) {
        problems.add(row.where() + ": duplicate id '" + e.id() + "' (first at " + first + ")");
        continue;
      }
      Optional<KbEntry> same = known.sameAs(e);
      if (same.isPresent()) {
        notes.add(row.where() + ": " + e.nameAr() + " is already known as " + same.get().id()
            + "; skipped");
        dup++;
        continue;
      }
      Optional<KbEntry> old = current.get(e.id());
      if (old.isPresent() && old.get().kind() != e.kind()) {
        problems.add(row.where() + ": id '" + e.id() + "' is already a user "
            + old.get().kind().name().toLowerCase(Locale.ROOT) + "; not imported");
        continue;
      }
      if (old.isPresent()) {
        updated++;
      } else {
        added++;
      }
      accepted.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).put(e.id(), row);
      known.add(e);
    }
    Map<Kind, UserFile> after = new EnumMap<>(before);
    for (var a : accepted.entrySet()) {
      Path p = dir.resolve(KnowledgeBase.fileName(a.getKey()));
      UserFile old = before.get(a.getKey());
      after.put(a.getKey(), new UserFile(p.toString(),
          merge(a.getKey(), old == null ? null : old.content(), a.getValue())));
    }
    KnowledgeBase merged = KnowledgeBase.withUserFiles(after);
    if (merged.validate().size() != KnowledgeBase.standard().validate().size()) {
      throw new IllegalStateException("the merged knowledge base does not validate: "
          + merged.validate());
    }
    boolean written = false;
    if (!dryRun && !accepted.isEmpty()) {
      Files.createDirectories(dir);
      for (Kind kind : accepted.keySet()) {
        String content = after.get(kind).content();
        AtomicFile.write(dir.resolve(KnowledgeBase.fileName(kind)), w -> {
          w.write(content);
          return null;
        });
      }
      written = true;
    }
    problems.sort(Comparator.comparingInt((String p) -> fileIndex(files, p))
        .thenComparingInt(KbImport::lineOf));
    return new Summary(null, problems, unreadable, notes, added, updated, dup, skipped,
        written);
  }

  /** Which of {@code files} a problem names, for sorting problems in reading order. */
  private static int fileIndex(List<Path> files, String problem) {
    for (int i = 0; i < files.size(); i++) {
      if (problem.startsWith(files.get(i) + ":")) {
        return i;
      }
    }
    return files.size();
  }

  private static int lineOf(String problem) {
    Matcher m = LINE.matcher(problem);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static final Pattern LINE = Pattern.compile(":(\\d+): ");

  private static Summary refused(String why) {
    return new Summary(why, List.of(), 0, List.of(), 0, 0, 0, 0, false);
  }

  /**
   * A user file's new content: its lines as they were, a row whose id is imported again replaced
   * where it stands, new rows at the end; a new file starts with its column header.
   */
  static String merge(Kind kind, String old, Map<String, ImportRow> rows) {
    Map<String, ImportRow> left = new LinkedHashMap<>(rows);
    StringBuilder out = new StringBuilder();
    if (old == null) {
      out.append("# ").append(String.join("\t", KnowledgeBase.header(kind))).append('\n')
          .append("# User knowledge base: the shipped file's columns; written by marsad kb"
              + " import, may be edited by hand.\n");
    } else {
      for (String line : old.split("\r?\n", -1)) {
        ImportRow again = line.isBlank() || line.startsWith("#") ? null
            : left.remove(line.split("\t", -1)[0].strip());
        out.append(again == null ? line : again.line()).append('\n');
      }
      while (out.length() > 1 && out.charAt(out.length() - 1) == '\n'
          && out.charAt(out.length() - 2) == '\n') {
        out.setLength(out.length() - 1);
      }
      if (out.length() == 1) {
        out.setLength(0);
      }
    }
    for (ImportRow r : left.values()) {
      out.append(r.line()).append('\n');
    }
    return out.toString();
  }
}
