package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.entity.kb.KbEntry;
import org.marsad.entity.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad kb}: the knowledge base of actors, places and outlets. */
@Command(name = "kb", mixinStandardHelpOptions = true,
    description = "Lists, looks up and validates knowledge-base entries.",
    subcommands = {KbCommand.Validate.class, KbCommand.Lookup.class, KbCommand.ListEntries.class})
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

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Checks the knowledge-base files; exit status 1 when any problem is found.")
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      KnowledgeBase kb = KnowledgeBase.standard();
      PrintWriter out = spec.commandLine().getOut();
      List<String> problems = kb.validate();
      problems.forEach(out::println);
      out.printf("%d entries, %d problem%s%n", kb.size(), problems.size(),
          problems.size() == 1 ? "" : "s");
      out.flush();
      return problems.isEmpty() ? 0 : 1;
    }
  }

  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = "Entries whose id or one of whose names contains NAME (Arabic is normalized).")
  static final class Lookup implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "An id, English name or Arabic name.")
    String name;

    @Override
    public Integer call() {
      String q = ArabicNormalizer.normalize(name).toLowerCase(Locale.ROOT);
      PrintWriter out = spec.commandLine().getOut();
      int n = 0;
      for (KbEntry e : KnowledgeBase.standard().entries()) {
        boolean hit = e.id().contains(q)
            || (e.nameEn() != null && e.nameEn().toLowerCase(Locale.ROOT).contains(q))
            || e.forms().stream().anyMatch(f -> ArabicNormalizer.normalize(f).contains(q));
        if (hit) {
          out.println(line(e));
          n++;
        }
      }
      out.flush();
      return n > 0 ? 0 : 1;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists entries, optionally of one kind (actor, place, outlet).")
  static final class ListEntries implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--kind", description = "actor, place or outlet")
    KbEntry.Kind kind;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (KbEntry e : KnowledgeBase.standard().entries()) {
        if (kind == null || e.kind() == kind) {
          out.println(line(e));
        }
      }
      out.flush();
      return 0;
    }
  }
}
