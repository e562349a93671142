package org.marsad.meta;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publishing outlet of an article and where it was read from. In order of trust: the
 * container's field (JSONL {@code outlet}), the page's site name, the URL's host, a byline of the
 * form {@code المصدر: X}, and, when nothing else is known, the outlet named by a phrase such as
 * {@code نشر موقع «X»} (which may be a cited outlet rather than the publisher: the basis says so).
 */
public final class Outlets {
  private Outlets() {}

  /** An outlet name and the basis it was found on: jsonl, page, url, byline or text. */
  public record Found(String name, String basis) {}

  private static final String QUOTED = "[\"“”«»„]\\s*([^\"“”«»„\\n]{2,40}?)\\s*[\"“”«»„]";
  private static final Pattern TEXT_PHRASE =
      Pattern.compile("(?:نشر|نشرت|ذكر|ذكرت|أورد|أوردت|أفاد|أفادت|كشف|كشفت|نقل|نقلت|قال|قالت)\\s+"
          + "(?:موقع|صحيفة|جريدة|وكالة|قناة|مجلة|شبكة|بوابة)\\s+" + QUOTED);
  private static final Pattern BYLINE =
      Pattern.compile("^(?:المصدر|المصدر:|المصدر -)\\s*[:\\-]?\\s*([^\\n]{2,40})$", Pattern.MULTILINE);

  public static Optional<Found> find(String field, String site, String url, String text) {
    if (field != null && !field.isBlank()) {
      return Optional.of(new Found(field.strip(), "jsonl"));
    }
    if (site != null && !site.isBlank()) {
      return Optional.of(new Found(site.strip(), "page"));
    }
    Optional<String> host = host(url);
    if (host.isPresent()) {
      return Optional.of(new Found(host.get(), "url"));
    }
    Matcher b = BYLINE.matcher(text);
    if (b.find()) {
      return Optional.of(new Found(b.group(1).strip(), "byline"));
    }
    Matcher m = TEXT_PHRASE.matcher(text);
    if (m.find()) {
      return Optional.of(new Found(m.group(1).strip(), "text"));
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
