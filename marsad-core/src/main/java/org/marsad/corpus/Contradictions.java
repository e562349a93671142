package org.marsad.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marsad.corpus.Relations.Stance;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;
import org.marsad.model.Span;
import org.marsad.model.SpeakerKind;

/**
 * Finds pairs of reports from different documents that cannot both hold:
 *
 * <ul>
 *   <li>{@code opposite}: one account has the actor backing the recipient (SUPPORT, AID,
 *       COOPERATE), the other turning away from it (SANCTION, REJECT, RETREAT; see
 *       {@code relations.tsv});
 *   <li>{@code denied}: the same act between the same actors, asserted in one account and denied
 *       in the other;
 *   <li>{@code control}: two actors each said to take or to hold the same place ("took control
 *       of X" vs "X is still held by Y", {@link Holdings}), or one actor said both to take or hold
 *       it and to withdraw from it; actors that back each other in the corpus, or take the place
 *       together in one article, are allies, not rivals;
 *   <li>{@code casualties}: one attack of one story given different numbers of dead or wounded.
 * </ul>
 *
 * Reports whose times are both known must fall within a tolerance of each other (relations change;
 * so does control: a support in 2019 and a withdrawal in 2020 is a change, not a contradiction).
 * When neither is known the pair is kept with overlap {@code unknown}; when only one is, it is kept
 * (overlap {@code unknown}) only if the undated report's article could have been written by then
 * ({@link Corpus#notBefore}). Hypothetical events never contradict anything. Republished copies
 * never contradict each other, the reports of one voice (outlet, speaker, act, month) collapse into
 * one side whose {@code also} lists the rest, so the output grows with the number of distinct
 * voices, not of articles, and two documents give at most one pair per kind and relation.
 */
public final class Contradictions {
  static final int RELATION_TOLERANCE_DAYS = 14;
  static final int CONTROL_TOLERANCE_DAYS = 3;
  static final int CASUALTY_TOLERANCE_DAYS = 1;

  private static final Relations RELATIONS = Relations.standard();

  private Contradictions() {}

  /** Every contradiction of the corpus, in a stable order. */
  public static List<Contradiction> find(Corpus corpus) {
    List<Contradiction> out = new ArrayList<>();
    relations(corpus, out);
    control(corpus, out);
    casualties(corpus, out);
    return distinct(out);
  }

  /** One pair per two documents, kind and relation: the first found (the earliest reports). */
  private static List<Contradiction> distinct(List<Contradiction> pairs) {
    Set<String> seen = new HashSet<>();
    List<Contradiction> out = new ArrayList<>();
    for (Contradiction c : pairs) {
      if (seen.add(c.a().doc() + "\t" + c.b().doc() + "\t" + c.kind() + "\t" + c.relation())) {
        out.add(c);
      }
    }
    return out;
  }

  /** A voice's report: its first assertion and the other documents where it says the same. */
  private record Report(Assertion first, List<Integer> also) {}

  private static void relations(Corpus corpus, List<Contradiction> out) {
    Map<String, List<Assertion>> byPair = new LinkedHashMap<>();
    for (Assertion a : corpus.assertions()) {
      if (!a.event().hypothetical() && a.actor() != null && a.recipient() != null
          && !a.actor().key().equals(a.recipient().key())) {
        byPair.computeIfAbsent(a.actor().key() + ">" + a.recipient().key(), k -> new ArrayList<>())
            .add(a);
      }
    }
    for (List<Assertion> pair : byPair.values()) {
      List<Report> reports = collapse(corpus, pair, a -> "");
      for (int i = 0; i < reports.size(); i++) {
        for (int j = i + 1; j < reports.size(); j++) {
          Assertion x = reports.get(i).first();
          Assertion y = reports.get(j).first();
          if (corpus.copyOf(x.doc()) == corpus.copyOf(y.doc())) {
            continue;
          }
          Optional<String> overlap = overlap(corpus, x, y, RELATION_TOLERANCE_DAYS);
          if (overlap.isEmpty()) {
            continue;
          }
          Event ex = x.event();
          Event ey = y.event();
          Stance sx = RELATIONS.of(ex.type()).stance();
          Stance sy = RELATIONS.of(ey.type()).stance();
          if (!ex.negated() && !ey.negated() && sx.opposes(sy)) {
            out.add(pair(corpus, reports.get(i), reports.get(j), party(x.actor()),
                party(x.recipient()), ex.type() + " vs " + ey.type(), "opposite",
                "in one account " + x.actor().name() + " " + stance(sx) + " "
                    + x.recipient().name() + ", in the other it " + stance(sy) + " "
                    + x.recipient().name(), overlap.get()));
          } else if (ex.type().equals(ey.type()) && ex.negated() != ey.negated()) {
            out.add(pair(corpus, reports.get(i), reports.get(j), party(x.actor()),
                party(x.recipient()), ex.type() + " asserted vs denied", "denied",
                "one account says " + x.actor().name() + " did " + ex.type() + " towards "
                    + x.recipient().name() + ", the other denies it", overlap.get()));
          }
        }
      }
    }
  }

  private static String stance(Stance s) {
    return switch (s) {
      case BACKS -> "backs";
      case AWAY -> "turns away from";
      case HOSTILE -> "acts against";
      case NEUTRAL -> "deals with";
    };
  }

  /** What a report says an actor does with a place. */
  private enum Act {
    TAKES("take control of"),
    HOLDS("hold"),
    LEAVES("withdraw from");

    final String words;

    Act(String words) {
      this.words = words;
    }
  }

  /** One voice's report about who controls a place, with the documents where it says the same. */
  private record Control(
      int doc, Actor actor, Actor place, Act act, Optional<TimeSpan> time, Voice voice,
      Event event, Span evidence, String claim, List<Integer> also) {}

  private static void control(Corpus corpus, List<Contradiction> out) {
    Set<String> allies = allies(corpus);
    Map<String, Map<String, Control>> byPlace = new LinkedHashMap<>();
    for (Assertion a : corpus.assertions()) {
      Actor place = controlledPlace(a);
      if (place != null && a.affirmed() && a.actor() != null) {
        add(corpus, byPlace, new Control(a.doc(), a.actor(), place,
            takes(a.event()) ? Act.TAKES : Act.LEAVES, a.time(), a.voice(), a.event(),
            a.event().evidence(), a.event().claim(), new ArrayList<>()));
      }
    }
    for (Corpus.Held h : corpus.holdings()) {
      if (h.holder() != null && h.place() != null) {
        add(corpus, byPlace, new Control(h.doc(), h.holder(), h.place(), Act.HOLDS, h.time(),
            h.voice(), null, h.evidence(), h.claim(), new ArrayList<>()));
      }
    }
    for (Map<String, Control> reports : byPlace.values()) {
      List<Control> list = List.copyOf(reports.values());
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          Control x = list.get(i);
          Control y = list.get(j);
          if (corpus.copyOf(x.doc()) == corpus.copyOf(y.doc())) {
            continue;
          }
          boolean sameActor = x.actor().key().equals(y.actor().key());
          boolean xLeaves = x.act() == Act.LEAVES;
          boolean yLeaves = y.act() == Act.LEAVES;
          String reason;
          if (!xLeaves && !yLeaves && !sameActor
              && !allies.contains(x.actor().key() + "|" + y.actor().key())) {
            reason = "one account has " + x.actor().name() + " " + x.act().words + " "
                + x.place().name() + ", the other has " + y.actor().name() + " "
                + y.act().words + " it";
          } else if (xLeaves != yLeaves && sameActor) {
            reason = x.actor().name() + " is said both to " + x.act().words + " and to "
                + y.act().words + " " + x.place().name();
          } else {
            continue;
          }
          Optional<String> overlap = overlap(corpus, x.doc(), x.time(), y.doc(), y.time(),
              CONTROL_TOLERANCE_DAYS);
          if (overlap.isPresent()) {
            Contradiction.Side a = side(corpus, x);
            Contradiction.Side b = side(corpus, y);
            out.add(new Contradiction(a, b, party(x.place()), null,
                "control of " + x.place().name(), "control", reason,
                new Contradiction.Time(a.date(), b.date(), overlap.get())));
          }
        }
      }
    }
  }

  /** Adds a report to its place, collapsed with the same voice's earlier report of the same. */
  private static void add(Corpus corpus, Map<String, Map<String, Control>> byPlace, Control c) {
    String key = voice(corpus, c.doc(), c.voice(), c.time()) + "|" + c.actor().key() + "|"
        + c.act();
    Map<String, Control> reports = byPlace.computeIfAbsent(c.place().key(),
        k -> new LinkedHashMap<>());
    Control first = reports.putIfAbsent(key, c);
    if (first != null && first.doc() != c.doc() && !first.also().contains(c.doc())) {
      first.also().add(c.doc());
    }
  }

  private static Contradiction.Side side(Corpus corpus, Control c) {
    Event e = c.event();
    return new Contradiction.Side(corpus.document(c.doc()).id(), c.voice().outlet(),
        c.voice().speaker(), c.voice().kind(), c.voice().via(), e == null ? null : e.id(),
        c.claim(), e == null ? "HOLDS" : e.type().name(), e == null ? null : e.mode(), false,
        c.time().map(TimeSpan::toString).orElse(null), c.evidence(), null,
        c.also().stream().map(i -> corpus.document(i).id()).toList());
  }

  /** Pairs of actors that back each other anywhere, or take one place together in one article. */
  private static Set<String> allies(Corpus corpus) {
    Set<String> allies = new HashSet<>();
    Map<String, List<String>> takers = new LinkedHashMap<>();
    for (Assertion a : corpus.assertions()) {
      if (a.actor() == null || !a.affirmed()) {
        continue;
      }
      if (a.recipient() != null && RELATIONS.of(a.event().type()).stance() == Stance.BACKS) {
        allies.add(a.actor().key() + "|" + a.recipient().key());
        allies.add(a.recipient().key() + "|" + a.actor().key());
      }
      Actor place = controlledPlace(a);
      if (place != null && takes(a.event())) {
        takers.computeIfAbsent(a.doc() + "|" + place.key(), k -> new ArrayList<>())
            .add(a.actor().key());
      }
    }
    for (List<String> together : takers.values()) {
      for (String x : together) {
        for (String y : together) {
          allies.add(x + "|" + y);
        }
      }
    }
    return allies;
  }

  private static boolean takes(Event e) {
    return e.type() == EventType.COERCE && e.mode() == EventMode.CONFISCATE;
  }

  /** The place an act of taking or leaving is about, or null for other acts. */
  private static Actor controlledPlace(Assertion a) {
    if (!takes(a.event()) && a.event().type() != EventType.RETREAT) {
      return null;
    }
    if (a.place() != null) {
      return a.place();
    }
    Actor r = a.recipient();
    return r != null && (r.type() == EntityType.LOCATION || r.type() == EntityType.FACILITY) ? r
        : null;
  }

  private static void casualties(Corpus corpus, List<Contradiction> out) {
    Map<String, String> storyOf = Stories.storyOf(corpus.stories());
    Map<String, List<Assertion>> byAttack = new LinkedHashMap<>();
    Map<Assertion, Casualties.Count> counts = new IdentityHashMap<>();
    for (Assertion a : corpus.assertions()) {
      if (a.event().type() != EventType.ASSAULT || !a.affirmed()) {
        continue;
      }
      Optional<Casualties.Count> count = Casualties.read(a.event().evidence().text());
      String target = a.place() != null ? a.place().key()
          : a.recipient() != null ? a.recipient().key() : null;
      if (count.isEmpty() || target == null) {
        continue;
      }
      counts.put(a, count.get());
      String story = storyOf.get(corpus.document(a.doc()).id());
      byAttack.computeIfAbsent(story + "|" + target, k -> new ArrayList<>()).add(a);
    }
    for (List<Assertion> attack : byAttack.values()) {
      List<Report> reports = collapse(corpus, attack, a -> counts.get(a).toString());
      for (int i = 0; i < reports.size(); i++) {
        for (int j = i + 1; j < reports.size(); j++) {
          Assertion x = reports.get(i).first();
          Assertion y = reports.get(j).first();
          Casualties.Count cx = counts.get(x);
          Casualties.Count cy = counts.get(y);
          String differs = differs("killed", cx.killed(), cy.killed());
          if (differs == null) {
            differs = differs("wounded", cx.injured(), cy.injured());
          }
          Optional<String> overlap = overlap(corpus, x, y, CASUALTY_TOLERANCE_DAYS);
          if (differs == null || overlap.isEmpty()
              || corpus.copyOf(x.doc()) == corpus.copyOf(y.doc())) {
            continue;
          }
          Actor target = x.place() != null ? x.place() : x.recipient();
          out.add(pair(corpus, reports.get(i), reports.get(j),
              party(x.actor() != null ? x.actor() : target), party(target),
              "casualties of one attack", "casualties", differs, overlap.get()));
        }
      }
    }
  }

  private static String differs(String what, Integer a, Integer b) {
    return a != null && b != null && !a.equals(b)
        ? "one account gives " + a + " " + what + ", the other " + b : null;
  }

  /**
   * The reports of one voice collapsed: the same source, speaker, act, polarity and month (and,
   * for casualties, the same count: {@code detail}) make one report.
   */
  private static List<Report> collapse(
      Corpus corpus, List<Assertion> assertions, Function<Assertion, String> detail) {
    Map<String, List<Assertion>> voices = new LinkedHashMap<>();
    for (Assertion a : assertions) {
      String key = voice(corpus, a.doc(), a.voice(), a.time()) + "|" + a.event().type() + "|"
          + a.event().mode() + "|" + a.event().negated() + "|" + detail.apply(a);
      voices.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    }
    List<Report> out = new ArrayList<>();
    for (List<Assertion> same : voices.values()) {
      List<Integer> also = new ArrayList<>();
      for (Assertion a : same.subList(1, same.size())) {
        if (a.doc() != same.get(0).doc() && !also.contains(a.doc())) {
          also.add(a.doc());
        }
      }
      out.add(new Report(same.get(0), also));
    }
    return out;
  }

  /**
   * Who says it and when, for collapsing one voice's reports: the source (copies count as their
   * original's), the speaker (an outlet's own voice is its source) and the month.
   */
  private static String voice(Corpus corpus, int doc, Voice voice, Optional<TimeSpan> time) {
    String speaker = voice.kind() == SpeakerKind.OUTLET ? "" : voice.speaker();
    return corpus.source(corpus.copyOf(doc)) + "|" + voice.kind() + "|" + speaker + "|"
        + time.map(t -> t.from().toString().substring(0, 7)).orElse("?");
  }

  /** When two reports may hold at once ({@link #overlap(Corpus, int, Optional, int, Optional, int)}). */
  private static Optional<String> overlap(
      Corpus corpus, Assertion x, Assertion y, int toleranceDays) {
    return overlap(corpus, x.doc(), x.time(), y.doc(), y.time(), toleranceDays);
  }

  /**
   * Whether two reports speak of one period: "yes" when both times are known and within
   * {@code toleranceDays} of each other; "unknown" when neither is known (both speak of their
   * articles' present, which may be the same), or when one is known and the other's article
   * cannot have been written before it ended ({@link Corpus#notBefore}); empty otherwise. A
   * report dated to a period is never set against an undated one whose article gives no date at
   * all: nothing places the latter in that period (a support in April 2019 against a withdrawal
   * told without a date, in an article that could be from 2020, is not a contradiction).
   */
  private static Optional<String> overlap(
      Corpus corpus, int xDoc, Optional<TimeSpan> x, int yDoc, Optional<TimeSpan> y,
      int toleranceDays) {
    if (x.isPresent() && y.isPresent()) {
      return x.get().near(y.get(), toleranceDays) ? Optional.of("yes") : Optional.empty();
    }
    if (x.isEmpty() && y.isEmpty()) {
      return Optional.of("unknown");
    }
    TimeSpan known = x.isPresent() ? x.get() : y.get();
    Optional<LocalDate> notBefore = corpus.notBefore(x.isPresent() ? yDoc : xDoc);
    return notBefore.isPresent() && !known.to().plusDays(toleranceDays).isBefore(notBefore.get())
        ? Optional.of("unknown") : Optional.empty();
  }

  private static Contradiction pair(
      Corpus corpus, Report x, Report y, Contradiction.Party subject, Contradiction.Party object,
      String relation, String kind, String reason, String overlap) {
    Contradiction.Side a = side(corpus, x);
    Contradiction.Side b = side(corpus, y);
    return new Contradiction(a, b, subject, object, relation, kind, reason,
        new Contradiction.Time(a.date(), b.date(), overlap));
  }

  private static Contradiction.Side side(Corpus corpus, Report r) {
    Assertion a = r.first();
    Event e = a.event();
    List<String> also = r.also().stream().map(i -> corpus.document(i).id()).toList();
    Casualties.Count count = e.type() == EventType.ASSAULT
        ? Casualties.read(e.evidence().text()).orElse(null) : null;
    return new Contradiction.Side(corpus.document(a.doc()).id(), a.voice().outlet(),
        a.voice().speaker(), a.voice().kind(), a.voice().via(), e.id(), e.claim(), e.type().name(),
        e.mode(), e.negated(), a.time().map(TimeSpan::toString).orElse(null), e.evidence(), count,
        also);
  }

  private static Contradiction.Party party(Actor a) {
    return a == null ? null : new Contradiction.Party(a.key(), a.name(), a.nameAr(), a.kb());
  }
}
