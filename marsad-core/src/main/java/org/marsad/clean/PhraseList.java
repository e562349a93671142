package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.data.TsvRows;
import org.marsad.model.Code;
import org.marsad.model.RemovalReason;

/** The known boilerplate phrases ({@code boilerplate.tsv}), matched on normalized text. */
final class PhraseList {
  /** How a phrase must appear in a block. */
  enum Match {
    LINE,
    PREFIX,
    CONTAINS
  }

  /** What a matching block does to the blocks after it. */
  enum Effect {
    DROP,
    ZONE,
    END
  }

  /**
   * A phrase: its key (letters and digits only) and, for phrases written with punctuation
   * ({@code الصورة:}, {@code أرشيفية -}), the punctuated form that must appear as written.
   */
  record Phrase(String key, String punctuated, Match match, RemovalReason reason, Effect effect) {}

  /** The longest a block matched by prefix or containment may be, in words. */
  static final int SHORT_BLOCK_WORDS = 40;

  private final List<Phrase> phrases;

  private PhraseList(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  static PhraseList load() {
    String name = "boilerplate.tsv";
    List<Phrase> out = new ArrayList<>();
    for (TsvRows.Row row : TsvRows.resource(PhraseList.class, name)) {
      String[] f = row.fields();
      if (f.length != 4) {
        throw new IllegalStateException(name + ":" + row.line() + ": expected 4 tab-separated fields");
      }
      String raw = spaced(f[0]);
      out.add(new Phrase(key(f[0]), key(f[0]).equals(raw) ? null : raw,
          Match.valueOf(f[1].toUpperCase(Locale.ROOT)),
          Code.of(RemovalReason.class, f[2], name + ":" + row.line()),
          Effect.valueOf(f[3].toUpperCase(Locale.ROOT))));
    }
    return new PhraseList(out);
  }

  /** The first phrase that matches {@code text}. */
  Optional<Phrase> match(String text) {
    String k = key(text);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    int words = k.split(" ").length;
    String raw = spaced(text);
    for (Phrase p : phrases) {
      if (p.punctuated() != null && !raw.startsWith(p.punctuated())) {
        continue;
      }
      boolean hit =
          switch (p.match()) {
            case LINE -> k.equals(p.key());
            case PREFIX -> words <= SHORT_BLOCK_WORDS
                && (k.equals(p.key()) || k.startsWith(p.key() + " "));
            case CONTAINS -> words <= SHORT_BLOCK_WORDS
                && (" " + k + " ").contains(" " + p.key() + " ");
          };
      if (hit) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Normalized, lower-cased, spaces collapsed, punctuation kept. */
  static String spaced(String s) {
    String n = ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT);
    return String.join(" ", n.strip().split("\\s+"));
  }

  /** Normalized, lower-cased, punctuation as spaces, spaces collapsed. */
  static String key(String s) {
    String n = ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    boolean space = true;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    return b.toString().strip();
  }
}
