package org.marsad.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.arabic.Sentence;
import org.marsad.arabic.SentenceSplitter;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;
import org.marsad.data.TsvRows;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Span;

/**
 * Reads statements of who holds a place ("ترهونة لا تزال تحت سيطرة قوات حفتر", "المدينة في قبضة
 * المليشيات"): a holding phrase from {@code holding.tsv}, the place named before it in the same
 * sentence (the nearest place or facility mention, at most {@value #PLACE_REACH} characters
 * before) and the holder named right after it (a mention starting at most
 * {@value #HOLDER_REACH} characters after). "لم تعد تحت سيطرة" says the opposite and is skipped.
 * Immutable and thread-safe.
 */
public final class Holdings {
  static final int PLACE_REACH = 80;
  static final int HOLDER_REACH = 12;

  /** One statement: entity ids of place and holder, the sentence, and the claim it is in. */
  public record Holding(String place, String holder, Span evidence, String claim) {}

  private static final List<String[]> PHRASES = new ArrayList<>();
  private static final Set<String> NOT = new HashSet<>();

  static {
    for (TsvRows.Row row : TsvRows.resource(Holdings.class, "holding.tsv")) {
      String[] f = row.fields();
      if (f.length == 2 && f[0].equals("not")) {
        NOT.add(f[1]);
      } else if (f.length == 1) {
        PHRASES.add(f[0].split(" "));
      } else {
        throw new IllegalStateException("holding.tsv line " + row.line() + ": bad row");
      }
    }
  }

  private Holdings() {}

  public static List<Holding> read(Document doc) {
    List<Holding> out = new ArrayList<>();
    String text = doc.text();
    for (Sentence s : SentenceSplitter.split(text)) {
      List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
      for (int i = 0; i < tokens.size(); i++) {
        int len = phraseAt(tokens, i);
        if (len == 0 || (i > 0 && NOT.contains(strip(tokens.get(i - 1).norm())))) {
          continue;
        }
        int phraseStart = tokens.get(i).start();
        int phraseEnd = tokens.get(i + len - 1).end();
        Entity place = null;
        int placeEnd = -1;
        Entity holder = null;
        int holderStart = Integer.MAX_VALUE;
        for (Entity e : doc.entities()) {
          for (Mention m : e.mentions()) {
            boolean isPlace = e.type() == EntityType.LOCATION || e.type() == EntityType.FACILITY;
            if (isPlace && m.end() <= phraseStart && m.start() >= s.start()
                && phraseStart - m.end() <= PLACE_REACH && m.end() > placeEnd) {
              place = e;
              placeEnd = m.end();
            }
            if (m.start() >= phraseEnd && m.start() - phraseEnd <= HOLDER_REACH
                && m.end() <= s.end() && m.start() < holderStart) {
              holder = e;
              holderStart = m.start();
            }
          }
        }
        if (place != null && holder != null && !place.id().equals(holder.id())) {
          out.add(new Holding(place.id(), holder.id(), Span.of(text, s.start(), s.end()),
              claimAt(doc, phraseStart)));
        }
      }
    }
    return out;
  }

  private static int phraseAt(List<Token> tokens, int i) {
    for (String[] p : PHRASES) {
      if (i + p.length > tokens.size()) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < p.length && match; k++) {
        String w = tokens.get(i + k).norm();
        match = w.equals(p[k]) || (k == 0 && strip(w).equals(p[k]));
      }
      if (match) {
        return p.length;
      }
    }
    return 0;
  }

  /** A word without a leading conjunction و or ف. */
  private static String strip(String w) {
    return w.length() > 3 && (w.startsWith("و") || w.startsWith("ف"))
        ? w.substring(1) : w.toLowerCase(Locale.ROOT);
  }

  private static String claimAt(Document doc, int offset) {
    for (Claim c : doc.claims()) {
      Span where = c.content() != null ? c.content() : c.evidence();
      if (where.start() <= offset && offset < where.end()) {
        return c.id();
      }
    }
    return null;
  }
}
