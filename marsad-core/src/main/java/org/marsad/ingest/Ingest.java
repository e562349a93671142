package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The entry point of ingestion: lists input files and reads each with the reader for its format.
 * The format comes from the extension ({@code .txt}, {@code .html}/{@code .htm}, {@code
 * .jsonl}/{@code .ndjson}, {@code .warc}/{@code .warc.gz}) and, for any other name, from the first
 * bytes. Whatever goes wrong with one file becomes one {@link InputError} for it; nothing is
 * thrown for bad input. Thread-safe.
 */
public final class Ingest {
  private final Limits limits;
  private final Manifest.Binding manifest;

  public Ingest(Limits limits) {
    this(limits, null);
  }

  /** Reads files, giving the articles of the files a manifest names the manifest's metadata. */
  public Ingest(Limits limits, Manifest.Binding manifest) {
    this.limits = limits;
    this.manifest = manifest;
  }

  /** The supported input formats. */
  public enum Format {
    TEXT(new TextFileReader()),
    HTML(new HtmlFileReader()),
    JSONL(new JsonlReader()),
    WARC(new WarcFileReader());

    private final ArticleReader reader;

    Format(ArticleReader reader) {
      this.reader = reader;
    }
  }

  /** Where a streaming read hands what it reads, in file order. */
  public interface Sink {
    void article(RawArticle article);

    void error(InputError error);
  }

  /** Reads one file whole; errors are in the result, never thrown. */
  public ReadResult read(Path file) {
    List<RawArticle> articles = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    read(file, new Sink() {
      @Override
      public void article(RawArticle a) {
        articles.add(a);
      }

      @Override
      public void error(InputError e) {
        errors.add(e);
      }
    });
    return new ReadResult(articles, errors);
  }

  /**
   * Reads one file, handing each article and each error to {@code out} as soon as it is read, so
   * that memory stays bounded by one document whatever the size of the file. When the file
   * cannot be read on (a truncated archive, an I/O error), what was handed over stays handed over
   * and one more error says why reading stopped. Nothing is thrown for bad input; an exception
   * thrown by {@code out} itself is passed on.
   */
  public void read(Path file, Sink out) {
    String display = file.toString();
    String problem;
    boolean tooLarge = false;
    try {
      if (!Files.isRegularFile(file)) {
        problem = Files.exists(file) ? "not a regular file" : "no such file";
      } else if (!Files.isReadable(file)) {
        problem = "not readable: permission denied";
      } else {
        Sink to = manifest == null || manifest.entry(file).isEmpty() ? out
            : new WithManifest(file, out);
        formatOf(file).reader.read(file, display, limits, new Forwarding(to));
        return;
      }
    } catch (IngestException e) {
      problem = e.getMessage();
      tooLarge = e.tooLarge();
    } catch (IOException | UncheckedIOException e) {
      problem = "cannot read: " + e.getMessage();
    } catch (OutOfMemoryError e) {
      problem = "skipped: out of memory while reading";
    } catch (Forwarding.Passed e) {
      throw e.cause;
    } catch (RuntimeException e) {
      problem = "cannot read: " + e;
    }
    out.error(new InputError(display, problem, tooLarge));
  }

  /** Passes articles on with the manifest's metadata for their file. */
  private final class WithManifest implements Sink {
    private final Path file;
    private final Sink out;

    WithManifest(Path file, Sink out) {
      this.file = file;
      this.out = out;
    }

    @Override
    public void article(RawArticle article) {
      out.article(manifest.apply(file, article));
    }

    @Override
    public void error(InputError e) {
      out.error(e);
    }
  }

  /** Passes items on, and lets an exception thrown by the receiver through unchanged. */
  private static final class Forwarding implements Sink {
    private final Sink out;

    Forwarding(Sink out) {
      this.out = out;
    }

    /** An exception of the receiver, wrapped to tell it apart from a reader's own failure. */
    static final class Passed extends RuntimeException {
      private static final long serialVersionUID = 1L;
      final transient RuntimeException cause;

      Passed(RuntimeException cause) {
        super(null, null, false, false);
        this.cause = cause;
      }
    }

    @Override
    public void article(RawArticle a) {
      try {
        out.article(a);
      } catch (RuntimeException e) {
        throw new Passed(e);
      }
    }

    @Override
    public void error(InputError e) {
      try {
        out.error(e);
      } catch (RuntimeException x) {
        throw new Passed(x);
      }
    }
  }

  /** The format of a file, from its name or, failing that, its first bytes. */
  public static Format formatOf(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return Format.WARC;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")) {
      return Format.JSONL;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (name.endsWith(".txt")) {
      return Format.TEXT;
    }
    return sniff(file);
  }

  private static Format sniff(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(1024);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        head = in.readNBytes(16);
      } catch (IOException e) {
        return Format.TEXT; // not gzip after all: the text reader reports it as binary
      }
      return new String(head, StandardCharsets.ISO_8859_1).startsWith("WARC/") ? Format.WARC : Format.TEXT;
    }
    int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF ? 3 : 0; // a UTF-8 byte-order mark
    String s = new String(head, from, head.length - from, StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (s.startsWith("warc/")) {
      return Format.WARC;
    }
    if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<?xml")) {
      return Format.HTML;
    }
    return Format.TEXT;
  }

  /**
   * Expands paths to the files under them, recursively, in a stable order (sorted by path within
   * each folder); hidden files and folders, and Markdown files (documentation, such as a folder's
   * README.md, never an input format) are skipped. A path named explicitly is always kept, even
   * one that does not exist, so that reading it reports the problem.
   */
  public static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !isHidden(p.relativize(f)))
              .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
              .sorted(Comparator.comparing(Path::toString))
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
