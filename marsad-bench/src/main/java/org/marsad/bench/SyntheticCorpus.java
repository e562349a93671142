package org.marsad.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.marsad.model.Claim;
import org.marsad.model.ClaimModality;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.EventType;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Source;
import org.marsad.model.Span;
import org.marsad.model.Speaker;
import org.marsad.model.SpeakerKind;

/**
 * A generated corpus of records for measuring the cross-document step at scale: {@code n}
 * articles over two years from {@value #OUTLETS} outlets about {@value #ACTORS} actors and
 * {@value #PLACES} places (popular ones far more often, as in real coverage), each with a few
 * events, most reported through claims, some dated, some denied; one article in ten republishes an
 * earlier text under another outlet. Deterministic for a seed. Not real news: the words are drawn
 * from a fixed vocabulary and carry no meaning.
 */
public final class SyntheticCorpus {
  static final int OUTLETS = 40;
  static final int ACTORS = 300;
  static final int PLACES = 80;
  private static final EventType[] TYPES = {
    EventType.SUPPORT, EventType.AID, EventType.COOPERATE, EventType.SANCTION, EventType.REJECT,
    EventType.RETREAT, EventType.ASSAULT, EventType.COERCE, EventType.CONSULT, EventType.AGREE,
    EventType.ACCUSE, EventType.THREATEN
  };
  private static final String[] WORDS = (
      "قال أكد أعلن نفى مصدر مسؤول حكومة قوات الجيش الوفاق الوطني ليبيا طرابلس مصر تركيا روسيا"
      + " الإمارات فرنسا دعم هجوم قصف سيطرة انسحاب اتفاق اجتماع وزير رئيس المجلس الرئاسي قاعدة"
      + " الجوية مدينة جنوب شرق غرب شمال العاصمة معارك اشتباكات طائرات مسيرة مرتزقة فاغنر سياسي"
      + " عسكري أمني دبلوماسي بيان تصريح مقابلة صحيفة موقع وكالة قناة الأمم المتحدة مجلس الأمن"
      + " عقوبات حظر السلاح النفط الموانئ الهلال النفطي سرت الجفرة مصراتة ترهونة غريان الوطية بنغازي"
      + " الأسبوع الماضي يوم الثلاثاء أمس اليوم الشهر الجاري مبادرة حل سياسي وقف إطلاق النار هدنة")
      .split(" ");

  private SyntheticCorpus() {}

  public static List<Document> generate(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Document> out = new ArrayList<>(n);
    LocalDate start = LocalDate.of(2019, 1, 1);
    for (int i = 0; i < n; i++) {
      String id = "syn-" + i;
      String outlet = "outlet-" + skewed(random, OUTLETS);
      LocalDate published = start.plusDays(random.nextInt(730));
      if (i > 10 && random.nextInt(10) == 0) {
        Document original = out.get(random.nextInt(out.size()));
        out.add(new Document(Document.FORMAT, id, new Source(null, null, outlet), "ar",
            original.title(), DateValue.day(published), original.text(), List.of(),
            original.entities(), original.events(), original.claims()));
        continue;
      }
      out.add(article(random, id, outlet, published));
    }
    return out;
  }

  private static Document article(
      SplittableRandom random, String id, String outlet, LocalDate published) {
    int sentences = 8 + random.nextInt(12);
    StringBuilder text = new StringBuilder();
    List<int[]> bounds = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      int from = text.length();
      int words = 10 + random.nextInt(20);
      for (int w = 0; w < words; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(w + 1 < words ? " " : ".");
      }
      bounds.add(new int[] {from, text.length()});
      text.append(' ');
    }
    String body = text.toString().strip();
    List<Entity> entities = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    int eventCount = 2 + random.nextInt(5);
    for (int k = 0; k < eventCount; k++) {
      int[] b = bounds.get(random.nextInt(bounds.size()));
      Span evidence = Span.of(body, b[0], Math.min(b[1], body.length()));
      String actor = entity(entities, body, "actor-" + skewed(random, ACTORS),
          EntityType.ORGANIZATION);
      String recipient = random.nextInt(5) == 0 ? null
          : entity(entities, body, "actor-" + skewed(random, ACTORS), EntityType.ORGANIZATION);
      String place = random.nextInt(2) == 0 ? null
          : entity(entities, body, "place-" + skewed(random, PLACES), EntityType.LOCATION);
      String claim = null;
      if (random.nextInt(10) < 6) {
        claim = "c" + (claims.size() + 1);
        SpeakerKind kind = random.nextInt(3) == 0 ? SpeakerKind.NAMED : SpeakerKind.ANONYMOUS;
        claims.add(new Claim(claim, new Speaker(null, kind + "-" + random.nextInt(20), kind),
            List.of(), null, ClaimModality.ASSERTED, evidence, evidence));
      }
      DateValue date = random.nextInt(5) == 0 ? DateValue.UNKNOWN
          : DateValue.day(published.minusDays(random.nextInt(3)));
      events.add(new Event("v" + (k + 1), TYPES[random.nextInt(TYPES.length)], null, List.of(),
          actor, recipient, place, null, date, random.nextInt(20) == 0, false, claim, evidence,
          0.8));
    }
    return new Document(Document.FORMAT, id, new Source(null, null, outlet), "ar",
        body.substring(0, Math.min(40, body.length())), DateValue.day(published), body, List.of(),
        entities, events, claims);
  }

  /** A number in [0, n) where small numbers are far more frequent (popular actors, outlets). */
  private static int skewed(SplittableRandom random, int n) {
    double u = random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u * u));
  }

  /** The id of the document's entity with this knowledge-base key, added on first use. */
  private static String entity(List<Entity> entities, String text, String kb, EntityType type) {
    for (Entity e : entities) {
      if (e.kb().equals(kb)) {
        return e.id();
      }
    }
    String id = "e" + (entities.size() + 1);
    int len = Math.min(4, text.length());
    entities.add(new Entity(id, type, kb, kb, kb, null, null,
        List.of(new Mention(0, len, text.substring(0, len)))));
    return id;
  }
}
