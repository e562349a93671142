package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.kb.Demonyms;
import org.marsad.kb.KbEntry;

/**
 * Officials named by their office and their country's adjective (الرئيس التركي، وزير الخارجية
 * المصري، رئيسة الوزراء البريطانية): the knowledge-base actor who held that office in that
 * country's government ({@code <iso3>-gov} in the roles column) on the article's date. Only an
 * actor the article also names is taken, so an office phrase joins the mentions of a person the
 * article speaks of (أردوغان ... وقال الرئيس التركي) and never brings in one it does not; with no
 * date, the office's holders that the article names must be one. Immutable and thread-safe.
 */
final class RoleHolders {
  /**
   * An office phrase of one sentence linked to its holder: token bounds, the characters where
   * the phrase starts and ends in the text (a conjunction before it left out), and the entry.
   */
  record Hit(int from, int to, int start, int end, KbEntry holder) {}

  private final List<KbEntry> officials;

  /** Over the actors of {@code entries} that have roles. */
  RoleHolders(Iterable<KbEntry> entries) {
    List<KbEntry> out = new ArrayList<>();
    for (KbEntry e : entries) {
      if (e.roles() != null && !e.roles().isEmpty()) {
        out.add(e);
      }
    }
    this.officials = List.copyOf(out);
  }

  /**
   * The office phrases of a sentence on tokens not yet {@code covered}, linked to their holder
   * among the entries with ids in {@code named}, on {@code date} (YYYY, YYYY-MM or YYYY-MM-DD; null
   * when unknown).
   */
  List<Hit> find(List<Token> toks, boolean[] covered, Set<String> named, String date) {
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Offices.Office o = Offices.standard().at(toks, i);
      if (o == null) {
        continue;
      }
      int end = i + o.words().size();
      if (end >= toks.size() || anyCovered(covered, i, end + 1)) {
        continue;
      }
      Optional<String> country = demonym(toks.get(end).norm());
      if (country.isEmpty()) {
        continue;
      }
      KbEntry holder = holder(o.titles(), country.get().toLowerCase() + "-gov", named, date);
      if (holder != null) {
        Token first = toks.get(i);
        int conjunction = first.norm().length() - bare(first.norm()).length();
        out.add(new Hit(i, end + 1,
            first.start() + NameIndex.charOffset(first.text(), conjunction),
            toks.get(end).end(), holder));
        i = end;
      }
    }
    return out;
  }

  /** A word without a leading conjunction و/ف. */
  private static String bare(String norm) {
    return Clitics.withoutConjunction(norm, 3);
  }

  private static boolean anyCovered(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  /** The country of a definite country adjective (التركي، الفرنسية), if the word is one. */
  private static Optional<String> demonym(String norm) {
    return norm.startsWith("ال") ? Demonyms.country(norm) : Optional.empty();
  }

  /** The one named holder of the office on the date, or null. */
  private KbEntry holder(Set<String> titles, String organization, Set<String> named,
      String date) {
    KbEntry found = null;
    for (KbEntry e : officials) {
      if (!named.contains(e.id())) {
        continue;
      }
      for (KbEntry.Role r : e.roles()) {
        if (titles.contains(r.title()) && organization.equals(r.organization())
            && r.heldOn(date)) {
          if (found != null && found != e) {
            return null; // two named holders: the phrase does not say which
          }
          found = e;
        }
      }
    }
    return found;
  }

  /** Whether {@code date} falls within a role held from {@code from} to {@code to}. */
  static boolean during(String date, String from, String to) {
    return new KbEntry.Role(null, null, from, to).heldOn(date);
  }
}
