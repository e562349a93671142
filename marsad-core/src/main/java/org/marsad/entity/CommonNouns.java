package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Words that running Arabic text uses as common nouns ({@code common-nouns.txt.gz}, built by
 * {@link CommonNounsBuilder}): words that often take the article (الهزائم، الترسانة، المشهد),
 * which a name almost never does, and that are not name tokens of persons. A one-word name the
 * recognizer proposes from such a word is a common noun it mistook. Immutable and thread-safe.
 */
public final class CommonNouns {
  static final String RESOURCE = "common-nouns.txt.gz";

  private static final CommonNouns STANDARD = load();

  private final Set<String> words;

  private CommonNouns(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  public static CommonNouns standard() {
    return STANDARD;
  }

  /** Whether the normalized word, without conjunction or article, is a common noun. */
  public boolean contains(String norm) {
    return words.contains(norm);
  }

  public int size() {
    return words.size();
  }

  private static CommonNouns load() {
    try (InputStream in = CommonNouns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Reads one word a line; lines starting with # are the file's header. */
  static CommonNouns read(InputStream in) throws IOException {
    Set<String> words = new HashSet<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        words.add(line.strip());
      }
    }
    return new CommonNouns(words);
  }
}
