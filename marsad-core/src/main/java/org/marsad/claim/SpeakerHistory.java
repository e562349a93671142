package org.marsad.claim;

import static org.marsad.claim.Mentions.isMedia;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.entity.Offices;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Speaker;
import org.marsad.model.SpeakerKind;

/** The speakers met so far in one document, for back-references and continued claims. */
final class SpeakerHistory {
  /** A speaker met earlier in the document, under the head word it was named with. */
  private record SpeakerRef(String head, Speaker speaker) {}

  private final Document doc;
  private final SpeakerWords words;
  private final List<SpeakerRef> history = new ArrayList<>();

  SpeakerHistory(Document doc, SpeakerWords words) {
    this.doc = doc;
    this.words = words;
  }

  void add(String head, Speaker speaker) {
    history.add(new SpeakerRef(head, speaker));
  }

  /** The latest speaker met, or an unknown one. */
  Speaker latest() {
    return history.isEmpty() ? new Speaker(null, null, SpeakerKind.UNKNOWN)
        : history.get(history.size() - 1).speaker();
  }

  /**
   * The holder of an office named by its title alone (الرئيس، الناطق الرسمي): the person the
   * article named last before {@code at} who holds that office in the knowledge base, else the
   * latest named speaker introduced with a title of that office (المتحدث باسم الجيش أحمد
   * المسماري), else the last person named with that title right after the name.
   */
  Speaker officeHolder(Offices.Office office, String phrase, int at) {
    Entity holder = null;
    int best = -1;
    for (Entity en : doc.entities()) {
      if (en.type() != EntityType.PERSON || en.kb() == null || !holds(en.kb(), office)) {
        continue;
      }
      for (Mention m : en.mentions()) {
        if (m.end() <= at && m.start() > best) {
          holder = en;
          best = m.start();
        }
      }
    }
    if (holder != null) {
      return new Speaker(holder.id(), phrase, SpeakerKind.NAMED);
    }
    for (int i = history.size() - 1; i >= 0; i--) {
      Speaker s = history.get(i).speaker();
      if (s.entity() != null && s.text() != null) {
        Offices.Office o = Offices.standard().startOf(s.text());
        if (o != null && o.titles().equals(office.titles())) {
          return new Speaker(s.entity(), phrase, s.kind());
        }
      }
    }
    Entity titled = titledAfter(office, at);
    return titled == null ? null : new Speaker(titled.id(), phrase, SpeakerKind.NAMED);
  }

  /** How many characters after a person's name its title may begin and run. */
  private static final int APPOSITION = 60;
  /** The spaces and commas between a name and the title after it. */
  private static final Pattern LEADING_COMMAS = Pattern.compile("^[\\s،,]+");

  /**
   * The person the article named last before {@code at} with a title of {@code office} right
   * after the name (السفير محمد الشناوي المتحدث الرسمي باسم رئاسة الجمهورية), or null.
   */
  private Entity titledAfter(Offices.Office office, int at) {
    String text = doc.text();
    return namedLast(EntityType.PERSON, at, m -> {
      String after = LEADING_COMMAS.matcher(text.substring(m.end(),
          Math.min(text.length(), m.end() + APPOSITION))).replaceFirst("");
      Offices.Office o = Offices.standard().startOf(after);
      return o != null && o.titles().equals(office.titles());
    });
  }

  /**
   * The entity of {@code type} with the latest mention ending by character {@code at} that
   * passes {@code test}, or null.
   */
  private Entity namedLast(EntityType type, int at, Predicate<Mention> test) {
    Entity found = null;
    int best = -1;
    for (Entity en : doc.entities()) {
      if (en.type() != type) {
        continue;
      }
      for (Mention m : en.mentions()) {
        if (m.end() <= at && m.start() > best && test.test(m)) {
          found = en;
          best = m.start();
        }
      }
    }
    return found;
  }

  private static boolean holds(String key, Offices.Office office) {
    return KnowledgeBase.standard().get(key)
        .map(e -> e.roles() != null
            && e.roles().stream().anyMatch(r -> office.titles().contains(r.title())))
        .orElse(false);
  }

  /**
   * The body a definite noun of its kind ({@code norm}) refers back to (الوزارة after وزارة
   * الخارجية والمغتربين، المجلس after مجلس الأمن): the organization the article named last
   * before character {@code at} with that noun first, or null.
   */
  Speaker body(String norm, String phrase, int at) {
    String head = words.bodyHead(norm);
    if (head == null) {
      return null;
    }
    Entity found = namedLast(EntityType.ORGANIZATION, at, m -> {
      String first = ArabicNormalizer.normalize(m.text()).split(" ")[0];
      return first.equals(head) || (first.length() == head.length() + 1
          && first.endsWith(head) && "وبل".indexOf(first.charAt(0)) >= 0);
    });
    return found == null ? null : new Speaker(found.id(), phrase, SpeakerKind.NAMED);
  }

  /** A definite back-reference takes the entity and kind of the latest speaker with its head. */
  Speaker resolve(String head, String phrase, int at) {
    for (int i = history.size() - 1; i >= 0; i--) {
      SpeakerRef r = history.get(i);
      if (r.head().equals(head)) {
        Speaker s = r.speaker();
        return phrase == null ? s : new Speaker(s.entity(), phrase, s.kind());
      }
    }
    if (words.is("outlet", head)) {
      // the outlet last named before (الموقع after موقع “مدى مصر”)
      Entity media = null;
      int best = -1;
      for (Entity en : doc.entities()) {
        for (Mention m : en.mentions()) {
          if (isMedia(en) && m.end() <= at && m.start() > best) {
            media = en;
            best = m.start();
          }
        }
      }
      if (media != null) {
        return new Speaker(media.id(), phrase == null ? media.mentions().get(0).text() : phrase,
            SpeakerKind.OUTLET);
      }
    }
    return null;
  }
}
