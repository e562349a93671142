package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Span;
import org.marsad.model.SpeakerKind;

/**
 * The claims around one sentence's triggers, as the claim stage read them: the claim whose words
 * a trigger stands in (قال السيسي إن سرت خط أحمر: the threat is said by Sisi), and the claim
 * whose reporting verb governs a trigger right after it (وأعرب عن استعداد بلاده: the readiness is
 * the speaker's). Speakers are the named entities the claim stage resolved, pronouns included.
 */
final class Voices {
  /** Prepositions a reporting verb takes before what it reports (أعرب عن، أكد على). */
  private static final Set<String> LINKS = Set.of("عن", "علي", "الي", "ب");
  private final List<Claim> claims;
  private final List<Token> toks;

  Voices(Document doc, Span sentence, List<Token> toks) {
    this.toks = toks;
    this.claims = new ArrayList<>();
    for (Claim c : doc.claims()) {
      Span e = c.evidence();
      if (e != null && e.start() < sentence.end() && e.end() > sentence.start()) {
        claims.add(c);
      }
    }
  }

  /**
   * The named speaker of the sentence's first claim, if its reporting verb opens the sentence
   * (وقال السيسي إن ...), or null.
   */
  String opening() {
    for (Claim c : claims) {
      if (c.cue() != null && !toks.isEmpty() && c.cue().start() <= toks.get(0).end()) {
        return c.speaker().entity();
      }
    }
    return null;
  }

  /** The named speaker, no outlet, of the sentence's first claim, or null. */
  String first() {
    return claims.isEmpty() ? null : acting(claims.get(0));
  }

  /**
   * The named speaker of {@code claim} whose acts its words may tell, or null: an outlet reports
   * acts, it does not do them (ورفعوا شعارات تطالب ...، بحسب وكالة الأنباء).
   */
  static String acting(Claim claim) {
    return claim == null || claim.speaker().kind() == SpeakerKind.OUTLET ? null
        : claim.speaker().entity();
  }

  /**
   * The named speaker, no outlet, of the sentence's last claim whose reporting verb stands before
   * token {@code from} (نفى المتحدث ... أن تكون الفصائل ضالعة، متهما: who goes on speaking), or
   * null.
   */
  String before(int from) {
    int at = toks.get(from).start();
    String speaker = null;
    for (Claim c : claims) {
      if (c.cue() != null && c.cue().end() <= at) {
        speaker = acting(c);
      }
    }
    return speaker;
  }

  /** The claim whose content holds the trigger at token {@code from}, or null. */
  Claim saying(int from) {
    int at = toks.get(from).start();
    for (Claim c : claims) {
      Span content = c.content();
      if (content != null && at >= content.start() && at < content.end()) {
        return c;
      }
    }
    return null;
  }

  /** Whether the token at {@code from} is a claim's reporting cue (نقلت عن: quoted, not moved). */
  boolean isCue(int from) {
    int at = toks.get(from).start();
    for (Claim c : claims) {
      if (c.cue() != null && at >= c.cue().start() && at < c.cue().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The named speaker whose reporting verb stands right before token {@code from}, or before a
   * preposition there (أعرب عن استعداد، أعلن رفضه), or null.
   */
  String governing(int from) {
    for (Claim c : claims) {
      if (c.speaker().entity() == null || c.cue() == null
          || c.speaker().text().split("\\s+").length > 4) {
        continue; // a speaker phrase of many words is more likely a misreading than a name
      }
      int cueEnd = c.cue().end();
      for (int j = from - 1; j >= 0 && j >= from - 2; j--) {
        if (toks.get(j).end() == cueEnd) {
          return c.speaker().entity();
        }
        if (!LINKS.contains(Words.bare(toks.get(j)))) {
          break; // أعرب عن استعداده، أعلن رفضه; not شدد خلال الاجتماع
        }
      }
    }
    return null;
  }

  /**
   * The reading of a trigger's doer and party acted on: a first-person form in a named speaker's
   * words is the speaker's act (نحيي مصر); else the clause's own reading; an act left without a
   * doer is the speaker's when it is a speech act in their words (قال السيسي إن سرت خط أحمر) or
   * the object of their reporting verb (وأعرب عن استعداد بلاده).
   */
  Reading read(ArgumentReader args, TriggerLexicon.Hit hit, Claim claim) {
    TriggerLexicon.Trigger t = hit.trigger();
    String speaker = Voices.acting(claim);
    if (t.firstPerson() && speaker != null) {
      return args.spokenBy(hit, speaker);
    }
    Reading r = args.read(hit);
    Reading paid = speaker == null ? null : Threats.payer(toks, hit, r, speaker);
    if (paid != null) {
      return paid; // قال غالانت إن حزب الله سيدفع الثمن: Gallant threatens Hezbollah
    }
    String goesOn = speaker != null ? speaker : before(hit.from());
    if (goesOn != null && EventStage.SPEECH_ACTS.contains(t.type()) && args.circumstantial(hit)) {
      // أكد باسيل أن التكتل لن يصوت له، متهما الخارج: who speaks goes on
      Reading spoken = args.spokenBy(hit, goesOn);
      return spoken.recipients().isEmpty() ? spoken.withRecipients(
          r.recipients().stream().filter(x -> !x.equals(goesOn)).toList()) : spoken;
    }
    if (!r.actors().isEmpty()) {
      return r;
    }
    if (speaker != null && EventStage.SPEECH_ACTS.contains(t.type()) && !args.purpose(hit)
        && (!t.pos().equals("noun") || args.circumstantial(hit))) {
      return args.spokenBy(hit, speaker);
    }
    // للتوصل إلى اتفاق: an aim of what is said, not an act the speaker reports
    String governing = args.purpose(hit) ? null : governing(hit.from());
    return governing != null ? args.spokenBy(hit, governing) : r;
  }
}
