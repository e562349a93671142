package org.marsad.corpus;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;

/**
 * One real-world entity across documents: keyed by its knowledge-base id when it has one, else by
 * its normalized name (letters normalized, the article ال dropped from each word), so that the
 * same actor is one node whichever article names it.
 */
public record Actor(
    String key, String name, String nameAr, String kb, EntityType type, String country,
    String sector) {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public Actor {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
  }

  public static Actor of(Entity e) {
    return new Actor(key(e), e.name(), e.name_ar(), e.kb(), e.type(), e.country(), e.sector());
  }

  /**
   * The actor an event's party stands for: a national capital acting (القاهرة بدأت البحث عن
   * بديل, "Cairo decided") stands for its state; any other entity for itself. This is the one
   * notion of "the same actor" that the graph, the contradictions, the store's event rows (and so
   * the actor pages) and the exports share. Null for null.
   */
  public static Actor party(Entity e) {
    if (e == null) {
      return null;
    }
    Actor a = of(e);
    return a.kb() == null ? a : a.asParty();
  }

  /** This actor as a party to an event: its state when it is a national capital, else itself. */
  public Actor asParty() {
    if (kb == null) {
      return this;
    }
    KnowledgeBase base = KnowledgeBase.standard();
    return base.get(kb)
        .filter(p -> "capital".equals(p.placeKind()) && p.country() != null)
        .flatMap(p -> base.get(p.country().toLowerCase(Locale.ROOT)))
        .filter(KbEntry::isCountry)
        .map(c -> new Actor("kb:" + c.id(), c.nameEn(), c.nameAr(), c.id(), type, c.country(),
            sector))
        .orElse(this);
  }

  /** The cross-document key of an entity. */
  public static String key(Entity e) {
    if (e.kb() != null && !e.kb().isBlank()) {
      return "kb:" + e.kb();
    }
    return nameKey(e.name_ar() != null && !e.name_ar().isBlank() ? e.name_ar() : e.name());
  }

  /**
   * The key of an actor known by its name only: {@code name:} and the name with its letters
   * normalized and the article ال dropped from each word (الجيش الوطني gives name:جيش وطني).
   */
  public static String nameKey(String name) {
    StringBuilder key = new StringBuilder("name:");
    for (String word : SPACES.split(ArabicNormalizer.normalize(name.strip()))) {
      if (word.isEmpty()) {
        continue;
      }
      if (key.length() > 5) {
        key.append(' ');
      }
      key.append(word.startsWith("ال") && word.length() > 4 ? word.substring(2) : word);
    }
    return key.toString();
  }
}
