package org.marsad.event;

import static org.marsad.arabic.ArabicLetters.ALEF;
import static org.marsad.arabic.ArabicLetters.ALEF_HAMZA_ABOVE;
import static org.marsad.arabic.ArabicLetters.ALEF_HAMZA_BELOW;
import static org.marsad.arabic.ArabicLetters.ALEF_MADDA;
import static org.marsad.arabic.ArabicLetters.ALEF_MAKSURA;
import static org.marsad.arabic.ArabicLetters.HEH;
import static org.marsad.arabic.ArabicLetters.TEH_MARBUTA;
import static org.marsad.arabic.ArabicLetters.YEH;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Mention;

/**
 * What the whole event stage, run with a detector, finds in labelled sentences, counted the way
 * the Arabic event gold standard's scorer counts it: a sentence is detected when it has an event
 * of the type that is not negated, and a detected sentence whose gold names the doer has its
 * actor right when a mention of an event's actor contains the gold's doer words. {@link
 * #heldOut} estimates what unseen sentences give: each fold's sentences are run with a detector
 * trained on the other folds only, so that neither the weights nor the threshold saw them.
 */
public final class HeldOutEstimate {
  private HeldOutEstimate() {}

  private static final Pattern MARKS =
      Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640]");

  /**
   * A labelled sentence: the document analysed up to the events (entities and claims), its
   * detector example, and the gold's words for the doer (empty where the gold names none).
   */
  public record Sentence(Document analysed, DetectorTraining.Example example, String doer) {
    public Sentence {
      doer = doer == null ? "" : doer;
    }
  }

  /** Detection figures and how many detected sentences with a gold doer have it right. */
  public record Figures(DetectorTraining.Scores detection, int withDoer, int doerRight) {
    Figures plus(Figures o) {
      DetectorTraining.Scores a = detection;
      DetectorTraining.Scores b = o.detection;
      return new Figures(new DetectorTraining.Scores(a.yes() + b.yes(), a.found() + b.found(),
          a.right() + b.right()), withDoer + o.withDoer, doerRight + o.doerRight);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s, actor right on %d of %d (%.0f%%)", detection,
          doerRight, withDoer, withDoer == 0 ? 0.0 : 100.0 * doerRight / withDoer);
    }
  }

  /**
   * The figures of {@code type} on {@code sentences}, the event stage run with {@code models}
   * (per type, one model or a cross-fitted detector's parts).
   */
  public static Figures endToEnd(EventType type, List<Sentence> sentences,
      Map<EventType, List<EventDetector.Model>> models) {
    EventStage stage = EventStage.with(EventDetector.ofParts(models));
    int yes = 0;
    int found = 0;
    int right = 0;
    int withDoer = 0;
    int doerRight = 0;
    for (Sentence s : sentences) {
      Document doc = stage.process(s.analysed());
      List<Event> events = doc.events().stream()
          .filter(e -> e.type() == type && !e.negated()).toList();
      boolean gold = s.example().yes();
      yes += gold ? 1 : 0;
      found += events.isEmpty() ? 0 : 1;
      if (gold && !events.isEmpty()) {
        right++;
        String doer = norm(s.doer());
        if (!doer.isEmpty()) {
          withDoer++;
          doerRight += events.stream().anyMatch(e -> mentions(doc, e.actor()).stream()
              .anyMatch(m -> norm(m.text()).contains(doer))) ? 1 : 0;
        }
      }
    }
    return new Figures(new DetectorTraining.Scores(yes, found, right), withDoer, doerRight);
  }

  /**
   * Pooled {@code folds}-fold figures per type: for each fold, every type's detector is trained
   * on its other folds ({@link DetectorTraining#train}, its threshold chosen on them) and the
   * event stage run with those detectors on the fold's sentences. The split is fixed by {@code
   * seed}.
   */
  public static Map<EventType, Figures> heldOut(Map<EventType, List<Sentence>> data, int folds,
      long seed) {
    Map<EventType, List<Integer>> orders = new HashMap<>();
    data.forEach((type, list) -> orders.put(type, DetectorTraining.shuffled(list.size(), seed)));
    Map<EventType, Figures> out = new LinkedHashMap<>();
    for (int f = 0; f < folds; f++) {
      Map<EventType, List<EventDetector.Model>> models = new HashMap<>();
      Map<EventType, List<Sentence>> tests = new HashMap<>();
      for (var e : data.entrySet()) {
        List<DetectorTraining.Example> train = new ArrayList<>();
        List<Sentence> test = new ArrayList<>();
        List<Integer> order = orders.get(e.getKey());
        for (int k = 0; k < order.size(); k++) {
          Sentence s = e.getValue().get(order.get(k));
          if (k % folds == f) {
            test.add(s);
          } else {
            train.add(s.example());
          }
        }
        models.put(e.getKey(), List.of(DetectorTraining.train(train, folds, seed + f + 1)));
        tests.put(e.getKey(), test);
      }
      for (EventType type : data.keySet()) {
        Figures fold = endToEnd(type, tests.get(type), models);
        out.merge(type, fold, Figures::plus);
      }
    }
    return out;
  }

  private static List<Mention> mentions(Document doc, String entity) {
    for (Entity e : doc.entities()) {
      if (e.id().equals(entity)) {
        return e.mentions();
      }
    }
    return List.of();
  }

  /** The scorer's normalization: no short vowels or tatweel, one alef, ya and ha, one space. */
  static String norm(String s) {
    String t = MARKS.matcher(s).replaceAll("").replace(ALEF_HAMZA_ABOVE, ALEF)
        .replace(ALEF_HAMZA_BELOW, ALEF).replace(ALEF_MADDA, ALEF).replace(ALEF_MAKSURA, YEH)
        .replace(TEH_MARBUTA, HEH);
    return String.join(" ", t.trim().split("\\s+"));
  }
}
