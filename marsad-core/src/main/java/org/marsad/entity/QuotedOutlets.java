package org.marsad.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.Words;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;

/**
 * Outlets named in quotation marks by the short form of their name, where a place of that name
 * would otherwise be read: said to a newspaper (قال لـ«الشرق الأوسط») or in a dateline (مدريد ـ
 * «الشرق الأوسط»:). An outlet's short form is its Arabic name or variant without the word for
 * its medium (صحيفة الشرق الأوسط: الشرق الأوسط). Immutable and thread-safe.
 */
final class QuotedOutlets {
  private static final Set<String> MEDIA = Words.of("outlet-medium");
  private final Map<String, KbEntry> byShortName = new HashMap<>();

  QuotedOutlets(KnowledgeBase kb) {
    for (KbEntry e : kb.entries()) {
      if (e.kind() != KbEntry.Kind.OUTLET) {
        continue;
      }
      for (String form : e.forms()) {
        String n = ArabicNormalizer.normalize(form).strip();
        int space = n.indexOf(' ');
        if (space > 0 && MEDIA.contains(n.substring(0, space))) {
          byShortName.putIfAbsent(n.substring(space + 1), e);
        }
      }
    }
  }

  /**
   * The outlet that the name in {@code text} from {@code start} to {@code end} stands for, or
   * null: the name is the whole of a quotation in guillemets, opened right after ل or a
   * dateline's dash, and the short form of an outlet's name.
   */
  KbEntry at(String text, int start, int end) {
    if (start < 2 || end >= text.length() || text.charAt(start - 1) != '«'
        || text.charAt(end) != '»') {
      return null;
    }
    String before = text.substring(Math.max(0, start - 4), start - 1).stripTrailing();
    boolean said = before.endsWith("ل") || before.endsWith("لـ");
    boolean dateline = before.endsWith("ـ") || before.endsWith("-");
    return said || dateline
        ? byShortName.get(ArabicNormalizer.normalize(text.substring(start, end))) : null;
  }
}
