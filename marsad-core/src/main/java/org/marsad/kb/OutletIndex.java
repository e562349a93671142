package org.marsad.kb;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;

/**
 * Outlets of a knowledge base found from a URL or a name. A URL's host is matched against the
 * outlets' domains: the host itself, then each parent domain (www.aljazeera.net, m.aljazeera.net
 * and edition.cnn.com find aljazeera.net and cnn.com), then the site's name without its top-level
 * domain when one outlet alone has it (alwasat.com for alwasat.ly, aljazeera.com.qa for
 * aljazeera.net; names under four letters are too ambiguous and are not used). A name
 * is matched against the outlets' Arabic names (normalized, with or without a word such as موقع
 * or صحيفة before it), English names, ids and domains. Immutable and thread-safe.
 */
public final class OutletIndex {
  private static final Set<String> SECOND_LEVEL = Set.of("com", "net", "org", "co", "gov", "edu",
      "ac", "info");
  private static final List<String> MEDIA_WORDS = List.of("موقع", "صحيفه", "جريده", "وكاله",
      "قناه", "مجله", "شبكه", "بوابه", "تلفزيون", "اذاعه");

  private final Map<String, KbEntry> byDomain = new HashMap<>();
  private final Map<String, KbEntry> bySiteName = new HashMap<>();
  private final Map<String, KbEntry> byName = new HashMap<>();

  public OutletIndex(KnowledgeBase kb) {
    Set<String> ambiguous = new HashSet<>();
    for (KbEntry e : kb.entries()) {
      if (e.kind() != KbEntry.Kind.OUTLET) {
        continue;
      }
      for (String d : e.domains()) {
        String domain = d.toLowerCase(Locale.ROOT);
        byDomain.putIfAbsent(domain, e);
        byName.putIfAbsent(domain, e);
        if (registrable(domain)) {
          String site = siteName(domain);
          KbEntry old = bySiteName.putIfAbsent(site, e);
          if (old != null && old != e) {
            ambiguous.add(site);
          }
        }
      }
      for (String f : e.forms()) {
        byName.putIfAbsent(nameKey(f), e);
      }
      if (e.nameEn() != null && !e.nameEn().isEmpty()) {
        byName.putIfAbsent(e.nameEn().toLowerCase(Locale.ROOT), e);
      }
      byName.putIfAbsent(e.id(), e);
    }
    bySiteName.keySet().removeAll(ambiguous);
    bySiteName.keySet().removeIf(s -> s.length() < 4);
  }

  /** The outlet publishing at {@code url}'s host, if the knowledge base knows it. */
  public Optional<KbEntry> byUrl(String url) {
    return host(url).flatMap(this::byHost);
  }

  /** The outlet of a host name such as {@code www.aljazeera.net}. */
  public Optional<KbEntry> byHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    for (String d = h; d.indexOf('.') > 0; d = d.substring(d.indexOf('.') + 1)) {
      KbEntry e = byDomain.get(d);
      if (e != null) {
        return Optional.of(e);
      }
    }
    return Optional.ofNullable(bySiteName.get(siteName(h)));
  }

  /** The outlet called {@code name} (Arabic or English name, id or domain). */
  public Optional<KbEntry> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String s = name.strip();
    KbEntry e = byName.get(s.toLowerCase(Locale.ROOT));
    if (e == null) {
      e = byName.get(nameKey(s));
    }
    if (e == null && s.indexOf('.') > 0 && !s.contains(" ")) {
      return byHost(s);
    }
    return Optional.ofNullable(e);
  }

  /** The host of a URL, if it has one. */
  static Optional<String> host(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null || h.isBlank() ? Optional.empty() : Optional.of(h);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether a domain is a site's own (bbc.co.uk, aljazeera.net), not a subdomain of one. */
  static boolean registrable(String domain) {
    String[] labels = domain.split("\\.");
    return labels.length == 2 || (labels.length == 3 && labels[2].length() == 2
        && SECOND_LEVEL.contains(labels[1]));
  }

  /** A domain's name without its top-level domain: alwasat.ly, www.bbc.co.uk give alwasat, bbc. */
  static String siteName(String domain) {
    String[] labels = domain.split("\\.");
    int end = labels.length - 1;
    if (end >= 2 && labels[end].length() == 2 && SECOND_LEVEL.contains(labels[end - 1])) {
      end--;
    }
    return end >= 1 ? labels[end - 1] : domain;
  }

  /** A name normalized, without a leading media word (موقع الوسط is الوسط). */
  private static String nameKey(String name) {
    String n = ArabicNormalizer.normalize(name).strip();
    for (String w : MEDIA_WORDS) {
      if (n.startsWith(w + " ")) {
        return n.substring(w.length() + 1).strip();
      }
    }
    return n;
  }
}
