package org.marsad.kb.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 country codes, from the JDK's own tables: alpha-2 (GeoNames, user files) to the
 * alpha-3 codes the knowledge base uses. Kosovo, which has no ISO code, is XK / XKX as in
 * GeoNames and the shipped files.
 */
final class Countries {
  private Countries() {}

  private static final Map<String, String> ALPHA3 = alpha3();
  private static final Set<String> KNOWN3 = Set.copyOf(ALPHA3.values());

  private static Map<String, String> alpha3() {
    Map<String, String> out = new HashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      out.put(a2, new Locale("", a2).getISO3Country());
    }
    out.put("XK", "XKX");
    return out;
  }

  /** The alpha-3 code of an alpha-2 or alpha-3 code (any case), if it is a known country. */
  static Optional<String> alpha3(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (c.length() == 2) {
      return Optional.ofNullable(ALPHA3.get(c));
    }
    return c.length() == 3 && KNOWN3.contains(c) ? Optional.of(c) : Optional.empty();
  }
}
