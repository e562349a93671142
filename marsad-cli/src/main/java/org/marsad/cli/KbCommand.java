package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.kb.KbEntry;
import org.marsad.kb.importer.KbImport;
import org.marsad.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad kb}: the knowledge base of actors, places and outlets. */
@Command(name = "kb", mixinStandardHelpOptions = true,
    description = "Lists, looks up, validates and imports knowledge-base entries.",
    subcommands = {KbCommand.Validate.class, KbCommand.Lookup.class, KbCommand.ListEntries.class,
        KbCommand.Import.class})
final class KbCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static String line(KbEntry e) {
    StringBuilder b = new StringBuilder();
    b.append(e.id()).append('\t').append(e.kind().name().toLowerCase(Locale.ROOT)).append('\t')
        .append(e.type()).append('\t').append(e.nameEn()).append('\t').append(e.nameAr())
        .append('\t').append(e.country() == null ? "" : e.country());
    if (!Double.isNaN(e.lat())) {
      b.append('\t').append(e.lat()).append(',').append(e.lon());
    }
    for (KbEntry.Role r : e.roles()) {
      b.append("\n    ").append(r.title()).append(" @ ").append(r.organization()).append(" ")
          .append(r.from()).append("..").append(r.to() == null ? "" : r.to());
    }
    return b.toString();
  }

  /** A subcommand that reads the knowledge base (shipped, with --kb-dir's entries). */
  abstract static class Reading implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin KbDir kbDir;

    /** Reads {@code kb}, writes to {@code out}; returns the exit status. */
    abstract int read(KnowledgeBase kb, PrintWriter out);

    @Override
    public Integer call() {
      KnowledgeBase kb = kbDir.load(spec);
      if (kb == null) {
        return 2;
      }
      PrintWriter out = spec.commandLine().getOut();
      int status = read(kb, out);
      out.flush();
      return status;
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Checks the knowledge-base files; exit status 1 when any problem is found.")
  static final class Validate extends Reading {
    @Override
    int read(KnowledgeBase kb, PrintWriter out) {
      List<String> problems = kb.validate();
      problems.forEach(out::println);
      out.printf("%d entries, %d problem%s%n", kb.size(), problems.size(),
          problems.size() == 1 ? "" : "s");
      return problems.isEmpty() ? 0 : 1;
    }
  }

  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = {"Entries whose id or one of whose names contains NAME (Arabic is normalized).",
        "Exit status 1, with a line on standard error, when none does."})
  static final class Lookup extends Reading {
    @Parameters(paramLabel = "NAME", description = "An id, English name or Arabic name.")
    String name;

    @Override
    int read(KnowledgeBase kb, PrintWriter out) {
      String q = ArabicNormalizer.normalize(name).toLowerCase(Locale.ROOT);
      int n = 0;
      for (KbEntry e : kb.entries()) {
        boolean hit = e.id().contains(q)
            || (e.nameEn() != null && e.nameEn().toLowerCase(Locale.ROOT).contains(q))
            || e.forms().stream().anyMatch(f -> ArabicNormalizer.normalize(f).contains(q));
        if (hit) {
          out.println(line(e));
          n++;
        }
      }
      if (n == 0) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("marsad: no entry matches '" + name + "' (ids, English and Arabic names of "
            + kb.size() + " entries searched)");
        err.flush();
        return 1;
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists entries, optionally of one kind (actor, place, outlet).")
  static final class ListEntries extends Reading {
    @Option(names = "--kind", description = "actor, place or outlet")
    KbEntry.Kind kind;

    @Override
    int read(KnowledgeBase kb, PrintWriter out) {
      for (KbEntry e : kb.entries()) {
        if (kind == null || e.kind() == kind) {
          out.println(line(e));
        }
      }
      return 0;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {
        "Adds places and actors from GeoNames dumps (allCountries.txt, cities500.txt, a"
            + " country's file: tab-separated, alternate names in Arabic become the names) and CSV"
            + " files (header: id,type,name_en,name_ar,variants_ar,country,lat,lon,admin1,sector,"
            + "roles) to the user knowledge base in --kb-dir.",
        "Rows are checked as by kb validate; a bad row is reported with its file and line and"
            + " left out, the others are imported. Ids of the shipped knowledge base are refused,"
            + " ids already in --kb-dir are updated, places the knowledge base already has are"
            + " skipped. Each file of --kb-dir is written whole or not at all.",
        "A bad row (an id or coordinates that do not check, a place outside its country's"
            + " box) is a warning: it is named on standard error and left out. Exit status: 0 when"
            + " every file was read, 1 when a file could not be read, nothing could be imported,"
            + " or, with --strict, any row was bad."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--kb-dir", paramLabel = "DIR", required = true,
        description = "The user knowledge-base folder to import into (created when missing).")
    Path dir;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "geonames or csv (default: csv for .csv files, geonames otherwise).")
    KbImport.Format format;

    @Option(names = "--min-population", paramLabel = "N", defaultValue = "0",
        description = "Skip GeoNames populated places with fewer people (default: ${DEFAULT-VALUE}).")
    long minPopulation;

    @Option(names = "--dry-run", description = "Check and count, write nothing.")
    boolean dryRun;

    @Option(names = {"-v", "--verbose"}, description = "Also list the places skipped as known.")
    boolean verbose;

    @Option(names = "--strict",
        description = "Exit with status 1 when any row was bad (the good rows are still imported).")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "GeoNames or CSV files.")
    List<Path> files;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      KbImport.Summary s;
      try {
        s = KbImport.run(dir, files, format, minPopulation, dryRun);
      } catch (IOException e) {
        err.println("marsad: cannot import into " + dir + ": " + OutputFile.describe(e));
        err.flush();
        return 1;
      }
      if (s.refused() != null) {
        err.println("marsad: nothing imported: " + s.refused());
        err.flush();
        return 1;
      }
      // a file that could not be read is an error; a bad row, left out, is a warning
      String kind = s.unreadable() > 0 || strict ? "marsad: " : "marsad: warning: ";
      s.problems().forEach(p -> err.println(kind + p));
      if (verbose) {
        s.notes().forEach(out::println);
      }
      out.printf("%d added, %d updated, %d already known, %d skipped, %d bad%s%n", s.added(),
          s.updated(), s.known(), s.skipped(), s.problems().size(),
          dryRun ? " (dry run: nothing written)" : s.written() ? "; written to " + dir : "");
      out.flush();
      err.flush();
      return s.unreadable() > 0 || (strict && !s.problems().isEmpty()) ? 1 : 0;
    }
  }
}
