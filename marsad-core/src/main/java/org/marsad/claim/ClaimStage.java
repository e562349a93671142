package org.marsad.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Sentence;
import org.marsad.arabic.Token;
import org.marsad.arabic.TokenizedSentence;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Speaker;
import org.marsad.pipeline.Stage;

/**
 * Fills a document's claims, sentence by sentence. A claim needs a reporting cue ({@code
 * cues.tsv}) and, unless the cue is a preposition (بحسب، وفقاً لـ), a proposition after it: a
 * complementizer (إن، أن، بأن، أنه ...), a colon or an opening quotation mark; ambiguous cues
 * (أضاف، ذكر، نقل ...) always need one. The speaker is the noun phrase after the cue (وقال مصدر
 * سياسي ليبي) or, for cues whose speaker comes first, the nearest entity before it. An empty
 * speaker (وأضاف) and a definite back-reference (المصدر، الموقع، المسؤول المصري) resolve to the
 * latest earlier speaker with that head. Relays ("نقل الموقع عن مسؤولين") put the relaying entity
 * in {@code via}. Modality comes from the cue. Needs entities; thread-safe.
 */
public final class ClaimStage implements Stage {
  private final CueLexicon cues;

  ClaimStage(CueLexicon cues) {
    this.cues = cues;
  }

  private static final class Holder {
    static final ClaimStage STANDARD = new ClaimStage(CueLexicon.load());
  }

  public static ClaimStage standard() {
    return Holder.STANDARD;
  }

  static final Set<String> COMPLEMENTIZERS = Set.of("ان", "بان", "انه", "بانه", "انها", "بانها",
      "انهم", "بانهم", "انهما", "لان", "انما");
  static final Set<String> ANONYMOUS = Set.of("مصدر", "مصادر", "مسوول", "مسوولين", "مسوولون",
      "مسووله", "دبلوماسي", "دبلوماسيين", "دبلوماسيون", "مراقبون", "مراقبين", "متابعون",
      "متابعين", "خبراء", "خبير", "محللون", "محللين", "محلل", "شهود", "شاهد", "تقارير", "تقرير",
      "اوساط", "جهات", "مقربون", "مقربين", "ناشطون", "ناشطين", "سكان", "مواطنون", "مصدرا");
  static final Set<String> OUTLETS = Set.of("موقع", "صحيفه", "جريده", "وكاله", "قناه", "مجله",
      "شبكه", "بوابه", "المقال", "مقال", "الصحيفه", "الموقع", "الوكاله", "القناه", "المجله",
      "التقرير", "البيان", "بيان", "التحقيق", "تحقيق");
  private static final Set<String> STOPS = Set.of("في", "يوم", "امس", "اليوم", "خلال", "عبر",
      "علي", "الي", "مساء", "صباح", "لدي", "حول", "بشان", "ان", "ايضا", "كذلك", "بدوره",
      "بدورها", "من", "اثناء", "عقب", "بعد", "قبل", "قائلا", "مضيفا");

  @Override
  public Document process(Document doc) {
    String text = doc.text();
    List<Claim> claims = new ArrayList<>();
    List<SpeakerRef> history = new ArrayList<>();
    for (TokenizedSentence s : TokenizedSentence.of(text)) {
      sentence(doc, s.sentence(), s.tokens(), claims, history);
    }
    return doc.withClaims(claims);
  }

  /** A speaker met earlier in the document, for back-references. */
  private record SpeakerRef(String head, Speaker speaker) {}

  private void sentence(Document doc, Sentence s, List<Token> toks, List<Claim> claims,
      List<SpeakerRef> history) {
    String text = doc.text();
    List<CueLexicon.Hit> hits = cues.find(toks);
    int lastEnd = -1;
    for (int h = 0; h < hits.size(); h++) {
      CueLexicon.Hit hit = hits.get(h);
      if (hit.from() < lastEnd) {
        continue;
      }
      boolean prep = hit.cue().pos().equals("prep");
      int marker = marker(toks, hit.to(), toks.size());
      if (marker < 0 && (!prep || hit.cue().ambiguous())) {
        continue;
      }
      boolean after = !hit.cue().position().equals("before");
      int spFrom;
      int spTo;
      if (after || prep) {
        // a cue that spells its speaker's head (قال مصدر، أكدت مصادر) leaves the noun to the
        // speaker phrase
        spFrom = hit.cue().pos().equals("verb") && hit.to() - hit.from() > 1
            ? hit.from() + 1 : hit.to();
        spTo = spFrom;
        int limit = marker >= 0 ? marker : toks.size();
        while (spTo < limit && spTo - spFrom < 10 && !isStop(toks.get(spTo))) {
          spTo++;
        }
        // a role and then its holder: "قائد قوات الدعم السريع في السودان محمد دقلو"
        if (marker > spTo && personIn(doc, toks, spFrom, spTo) == null) {
          int reach = Math.min(marker, spTo + 8);
          Entity person = personIn(doc, toks, spTo, reach);
          if (person != null) {
            spTo = endOfMention(doc, toks, person, spTo, reach);
          }
        }
      } else {
        spTo = hit.from();
        spFrom = Math.max(0, spTo - 6);
      }
      List<String> via = new ArrayList<>();
      // a relay: "نقل الموقع عن مسؤولين" / "نقلا عن"
      int an = indexOf(toks, "عن", hit.to(), marker >= 0 ? marker : toks.size());
      if (an >= 0 && (hit.cue().form().startsWith("نقل") || hit.cue().form().contains("عن"))) {
        Entity relay = entityIn(doc, toks, spFrom, an);
        if (relay == null && !after) {
          relay = entityIn(doc, toks, 0, hit.from());
        }
        if (relay != null) {
          via.add(relay.id());
        }
        spFrom = an + 1;
        spTo = Math.max(spTo, spFrom);
        while (spTo < toks.size() && spTo - spFrom < 8 && (marker < 0 || spTo < marker)
            && !isStop(toks.get(spTo))) {
          spTo++;
        }
      }
      Speaker speaker = speaker(doc, toks, spFrom, spTo, after || prep, history);
      int contentFrom = marker >= 0 ? marker + 1 : spTo;
      int contentTo = h + 1 < hits.size() && hits.get(h + 1).from() > contentFrom
          && marker(toks, hits.get(h + 1).to(), toks.size()) >= 0
          ? hits.get(h + 1).from() : toks.size();
      Span content = contentFrom < contentTo
          ? Span.of(text, toks.get(contentFrom).start(), toks.get(contentTo - 1).end()) : null;
      Span cue = Span.of(text, toks.get(hit.from()).start(), toks.get(hit.to() - 1).end());
      claims.add(new Claim("c" + (claims.size() + 1), speaker, via, cue, hit.cue().modality(),
          content, Span.of(text, s.start(), s.end())));
      lastEnd = contentTo;
    }
  }

  /** Quotation marks around a name (موقع “مدى مصر”) do not end the speaker phrase. */
  private static boolean isQuote(Token t) {
    String n = t.text();
    return t.kind() == Token.Kind.PUNCT && (n.equals("\u201C") || n.equals("\u201D")
        || n.equals("\"") || n.equals("\u00AB") || n.equals("\u00BB"));
  }

  private static boolean isStop(Token t) {
    if (t.kind() == Token.Kind.PUNCT) {
      return !isQuote(t);
    }
    String n = t.norm();
    if (STOPS.contains(n) || COMPLEMENTIZERS.contains(n)) {
      return true;
    }
    // a recipient: للموقع، لـ«المونيتور»، للصحيفة
    return n.startsWith("لل") || n.equals("ل") || n.equals("لـ");
  }

  /** Index of the proposition marker after {@code from} (before {@code to}), or -1. */
  private static int marker(List<Token> toks, int from, int to) {
    for (int i = from; i < to && i < from + 14; i++) {
      Token t = toks.get(i);
      String n = t.norm();
      if (COMPLEMENTIZERS.contains(n)) {
        return i;
      }
      if (n.equals("الي") && i + 1 < to && COMPLEMENTIZERS.contains(toks.get(i + 1).norm())) {
        return i + 1;
      }
      if (t.kind() == Token.Kind.PUNCT && n.equals(":")) {
        return i;
      }
      if (t.kind() == Token.Kind.PUNCT && (n.equals(".") || n.equals("؟"))) {
        return -1;
      }
    }
    return -1;
  }

  private static int indexOf(List<Token> toks, String norm, int from, int to) {
    for (int i = from; i < to && i < from + 6; i++) {
      if (toks.get(i).norm().equals(norm)) {
        return i;
      }
    }
    return -1;
  }

  private static Speaker speaker(Document doc, List<Token> toks, int from, int to, boolean after,
      List<SpeakerRef> history) {
    String text = doc.text();
    if (from >= to) {
      // وأضاف / وتابع: the latest speaker goes on
      return history.isEmpty() ? new Speaker(null, null, "unknown")
          : history.get(history.size() - 1).speaker();
    }
    Entity e = after ? entityIn(doc, toks, from, to) : lastEntityIn(doc, toks, from, to);
    if (e != null && !after && !e.type().equals("PERSON") && !e.type().equals("ORGANIZATION")) {
      e = null;
    }
    String head = headOf(toks.get(from).norm());
    String phrase;
    if (!after && e != null) {
      Mention m = mentionIn(e, toks.get(from).start(), toks.get(to - 1).end());
      phrase = m.text();
    } else {
      phrase = text.substring(toks.get(from).start(), toks.get(to - 1).end());
    }
    boolean definite = toks.get(from).norm().startsWith("ال")
        || toks.get(from).norm().startsWith("وال");
    Speaker sp;
    if (ANONYMOUS.contains(head)) {
      sp = new Speaker(null, phrase, "anonymous");
      if (definite) {
        sp = resolve(head, phrase, history, sp);
      }
    } else if (OUTLETS.contains(head) || OUTLETS.contains("ال" + head)) {
      sp = new Speaker(e == null ? null : e.id(), phrase, "outlet");
      if (definite && e == null) {
        sp = resolve(head, phrase, history, sp);
      }
    } else if (e != null) {
      boolean outlet = "MED".equals(e.sector());
      sp = new Speaker(e.id(), phrase, outlet ? "outlet" : "named");
    } else if (!after) {
      sp = new Speaker(null, null, "unknown");
      if (!history.isEmpty()) {
        sp = history.get(history.size() - 1).speaker();
      }
    } else {
      sp = new Speaker(null, phrase, "unknown");
    }
    history.add(new SpeakerRef(head, sp));
    return sp;
  }

  /** A definite back-reference takes the kind and entity of the latest speaker with its head. */
  private static Speaker resolve(String head, String phrase, List<SpeakerRef> history,
      Speaker fallback) {
    for (int i = history.size() - 1; i >= 0; i--) {
      SpeakerRef r = history.get(i);
      if (r.head().equals(head)) {
        return new Speaker(r.speaker().entity(), phrase, r.speaker().kind());
      }
    }
    return fallback;
  }

  private static String headOf(String norm) {
    String n = Clitics.withoutConjunction(norm, 3);
    if (n.startsWith("ال") && n.length() > 4) {
      n = n.substring(2);
    }
    return n;
  }

  /** The first person mentioned in tokens {@code [from, to)}, or null. */
  private static Entity personIn(Document doc, List<Token> toks, int from, int to) {
    Entity e = entityIn(doc, toks, from, to);
    return e != null && e.type().equals("PERSON") ? e : null;
  }

  /** The token index just after the person's mention within {@code [from, to)}. */
  private static int endOfMention(Document doc, List<Token> toks, Entity person, int from, int to) {
    int s = toks.get(from).start();
    int e = toks.get(to - 1).end();
    for (Mention m : person.mentions()) {
      if (m.start() >= s && m.end() <= e) {
        for (int i = from; i < to; i++) {
          if (toks.get(i).end() >= m.end()) {
            return i + 1;
          }
        }
      }
    }
    return from;
  }

  /** The first entity mentioned in tokens {@code [from, to)}, a person before any other. */
  private static Entity entityIn(Document doc, List<Token> toks, int from, int to) {
    return pick(doc, toks, from, to, true);
  }

  /** The last entity mentioned in tokens {@code [from, to)}, a person before any other. */
  private static Entity lastEntityIn(Document doc, List<Token> toks, int from, int to) {
    return pick(doc, toks, from, to, false);
  }

  private static Entity pick(Document doc, List<Token> toks, int from, int to, boolean first) {
    if (from >= to) {
      return null;
    }
    int s = toks.get(from).start();
    int e = toks.get(to - 1).end();
    Entity best = null;
    int bestAt = -1;
    for (Entity en : doc.entities()) {
      for (Mention m : en.mentions()) {
        if (m.start() < s || m.end() > e) {
          continue;
        }
        boolean person = en.type().equals("PERSON");
        boolean bestPerson = best != null && best.type().equals("PERSON");
        boolean better = best == null || (person && !bestPerson)
            || (person == bestPerson && (first ? m.start() < bestAt : m.start() > bestAt));
        if (better) {
          best = en;
          bestAt = m.start();
        }
      }
    }
    return best;
  }

  private static Mention mentionIn(Entity e, int s, int end) {
    Mention last = e.mentions().get(0);
    for (Mention m : e.mentions()) {
      if (m.start() >= s && m.end() <= end) {
        last = m;
      }
    }
    return last;
  }
}
