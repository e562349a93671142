package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.marsad.entity.NameList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad build-name-list}: a compact name list for the name tagger's features. */
@Command(name = "build-name-list", mixinStandardHelpOptions = true,
    description = "Builds a compact list of normalized names (person-name tokens, city names) for"
        + " train-ner --person-names and --cities, from TSV (Arabic name in the second column,"
        + " count in the third), CSV (a CityNameAr column) or compact lists.")
final class NameListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--in", paramLabel = "FILE", arity = "1..*", required = true,
      description = "The lists to read.")
  List<Path> in;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "Where to write the list (gzip when it ends in .gz).")
  Path out;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "1",
      description = "Keep names listed at least N times (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--note", paramLabel = "TEXT",
      description = "A line for the header: where the names come from, their licence.")
  List<String> notes = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    NameList all = null;
    List<String> header = new ArrayList<>();
    header.add("Names for Marsad's name tagger, built by `marsad build-name-list --min-count "
        + minCount + "`: normalized name, tab, how often the inputs list it.");
    for (Path p : in) {
      try {
        NameList list = NameList.read(p);
        all = all == null ? list : all.plus(list);
        header.add("input " + p.getFileName() + " sha256 " + sha256(p));
      } catch (IOException e) {
        err.println("marsad: " + (e.getMessage().startsWith(p.toString()) ? "" : p + ": ")
            + e.getMessage());
        return 2;
      }
    }
    header.addAll(notes);
    NameList kept = all.atLeast(minCount);
    try (OutputStream file = Files.newOutputStream(out);
        OutputStream o = out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file;
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8)) {
      kept.write(w, header);
    }
    err.printf("%,d names read, %,d written to %s%n", all.size(), kept.size(), out);
    return 0;
  }

  private static String sha256(Path p) throws IOException {
    try (InputStream s = new DigestInputStream(Files.newInputStream(p),
        MessageDigest.getInstance("SHA-256"))) {
      s.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) s).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
