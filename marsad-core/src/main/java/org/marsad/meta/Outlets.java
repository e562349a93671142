package org.marsad.meta;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.Dateline;

/**
 * The publishing outlet of an article and where it was read from. In order of trust: what the
 * input states (a JSON Lines field, a manifest), the page's site name ({@code page}) and its
 * JSON-LD publisher ({@code jsonld}), the URL's host ({@code url}), the agency code or outlet of
 * the article's dateline ({@code dateline}), a source credit ({@code byline}: a line {@code
 * المصدر: X}, or an agency code in brackets closing the article), and, when nothing else is known,
 * the outlet named by a phrase such as {@code نشر موقع «X»} ({@code text}; it may be a cited
 * outlet rather than the publisher). Codes become outlets' names through {@link Agencies}; a
 * credit to "agencies" (وكالات) names no outlet. Pure and thread-safe.
 */
public final class Outlets {
  private final Agencies agencies;

  public Outlets(Agencies agencies) {
    this.agencies = agencies;
  }

  public static Outlets standard() {
    return new Outlets(Agencies.standard());
  }

  /** An outlet name and the basis it was found on. */
  public record Found(String name, String basis) {}

  private static final String QUOTED = "[\"“”«»„]\\s*([^\"“”«»„\\n]{2,40}?)\\s*[\"“”«»„]";
  private static final Pattern TEXT_PHRASE =
      Pattern.compile("(?:نشر|نشرت|ذكر|ذكرت|أورد|أوردت|أفاد|أفادت|كشف|كشفت|نقل|نقلت|قال|قالت)\\s+"
          + "(?:موقع|صحيفة|جريدة|وكالة|قناة|مجلة|شبكة|بوابة)\\s+" + QUOTED);
  private static final Pattern CREDIT = Pattern.compile(
      "^(?:المصدر|المصدر:|المصدر -)\\s*[:\\-]?\\s*([^\\n]{2,40})$", Pattern.MULTILINE);
  private static final Pattern CLOSING_CODE =
      Pattern.compile("\\(([^()\\n]{1,30})\\)\\s*\\.?\\s*$");

  public Optional<Found> find(Stated input, Stated page, String url, Dateline dateline,
      String text) {
    for (Stated s : new Stated[] {input, page}) {
      if (s != null && s.present()) {
        return Optional.of(new Found(s.value().strip(), s.basis()));
      }
    }
    Optional<String> host = host(url);
    if (host.isPresent()) {
      return Optional.of(new Found(host.get(), "url"));
    }
    if (dateline != null && dateline.agency() != null) {
      return Optional.of(new Found(dateline.agency(), "dateline"));
    }
    Optional<Found> credit = credit(text);
    if (credit.isPresent()) {
      return credit;
    }
    Matcher m = TEXT_PHRASE.matcher(text);
    if (m.find()) {
      return Optional.of(new Found(m.group(1).strip(), "text"));
    }
    return Optional.empty();
  }

  /**
   * A source credit: a line {@code المصدر: X} (X a name or an agency code; the first part of
   * {@code الجزيرة + وكالات}), or an agency code in brackets closing the last paragraph.
   */
  Optional<Found> credit(String text) {
    Matcher b = CREDIT.matcher(text);
    while (b.find()) {
      for (String part : b.group(1).split("[+\u060C,/]|\\sو")) {
        String name = part.strip();
        if (name.length() < 2) {
          continue;
        }
        Optional<Agencies.Code> code = agencies.code(name);
        if (code.isEmpty()) {
          return Optional.of(new Found(name, "byline"));
        }
        if (code.get().outlet().isPresent()) {
          return Optional.of(new Found(code.get().outlet().get(), "byline"));
        }
      }
    }
    String last = text.strip();
    int cut = last.lastIndexOf("\n\n");
    Matcher c = CLOSING_CODE.matcher(cut < 0 ? last : last.substring(cut));
    if (c.find()) {
      Optional<String> outlet = agencies.code(c.group(1)).flatMap(Agencies.Code::outlet);
      if (outlet.isPresent()) {
        return Optional.of(new Found(outlet.get(), "byline"));
      }
    }
    return Optional.empty();
  }

  /** The host of a URL without {@code www.}, if the URL has one. */
  static Optional<String> host(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null || h.isBlank()) {
        return Optional.empty();
      }
      h = h.toLowerCase(Locale.ROOT);
      return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
