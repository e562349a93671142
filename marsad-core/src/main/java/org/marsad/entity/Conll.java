package org.marsad.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.arabic.ArabicNormalizer;

/**
 * CoNLL-style named-entity data ("token TAG" a line, a blank line between sentences), as in
 * ANERcorp; tags are read as {@code B-X}/{@code I-X}/{@code O}, with ANERcorp's PERS mapped to
 * PERSON and LOC to LOCATION, ORG to ORGANIZATION, MISC kept.
 */
public final class Conll {
  private Conll() {}

  /** A sentence: tokens and tags. */
  public record Sentence(List<String> tokens, List<String> tags) {}

  public static List<Sentence> read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> toks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.replace("\uFEFF", "").replace("\u200E", "").strip();
      if (l.isEmpty()) {
        if (!toks.isEmpty()) {
          out.add(new Sentence(List.copyOf(toks), List.copyOf(tags)));
          toks.clear();
          tags.clear();
        }
        continue;
      }
      int sp = l.lastIndexOf(' ');
      if (sp <= 0) {
        continue;
      }
      toks.add(l.substring(0, sp).strip());
      tags.add(tag(l.substring(sp + 1).strip()));
    }
    if (!toks.isEmpty()) {
      out.add(new Sentence(List.copyOf(toks), List.copyOf(tags)));
    }
    return out;
  }

  static String tag(String t) {
    String u = t.toUpperCase(Locale.ROOT);
    if (u.equals("O") || u.length() < 3) {
      return "O";
    }
    String type = switch (u.substring(2)) {
      case "PERS", "PER", "PERSON" -> "PERSON";
      case "LOC", "LOCATION" -> "LOCATION";
      case "ORG", "ORGANIZATION" -> "ORGANIZATION";
      default -> "MISC";
    };
    return u.charAt(0) + "-" + type;
  }

  public static List<String> norms(List<String> tokens) {
    return tokens.stream().map(ArabicNormalizer::normalize).toList();
  }

  /** Entity spans of a tag sequence as "type:start:end" strings (CoNLL exact-match scoring). */
  public static List<String> spans(List<String> tags) {
    List<String> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      boolean continues = type != null && t.equals("I-" + type);
      if (!continues && type != null) {
        out.add(type + ":" + start + ":" + i);
        type = null;
      }
      if (t.startsWith("B-") || (t.startsWith("I-") && type == null)) {
        type = t.substring(2);
        start = i;
      }
    }
    return out;
  }
}
