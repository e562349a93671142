package org.marsad.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The access key that the API asks of every request when the server listens beyond this machine.
 * A request gives it in the header {@value #HEADER}, as {@code Authorization: Bearer KEY}, or in
 * the cookie {@value #COOKIE}. Only a digest of the key is kept, and a request's key is compared
 * with it in constant time ({@link MessageDigest#isEqual} over two SHA-256 digests of equal
 * length), so neither the key's length nor its content leaks through timing. The key itself is
 * never printed. Immutable and thread-safe.
 */
public final class AccessKey {
  /** The request header that carries the key (what the web page sends). */
  public static final String HEADER = "X-Marsad-Key";
  /** The cookie that may carry the key instead. */
  public static final String COOKIE = "marsad_key";
  /** The shortest key accepted. */
  public static final int MIN_LENGTH = 16;
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._~+/=-]+");
  private static final AccessKey NONE = new AccessKey(null);

  private final byte[] digest;

  private AccessKey(byte[] digest) {
    this.digest = digest;
  }

  /** No key: every request is served (for a server on the loopback address only). */
  public static AccessKey none() {
    return NONE;
  }

  /**
   * The key {@code key}: at least {@value #MIN_LENGTH} characters, letters, digits and
   * {@code . _ ~ + / = -} only (so that it travels unchanged in a header and a cookie).
   *
   * @throws IllegalArgumentException naming the rule the key breaks (not the key)
   */
  public static AccessKey of(String key) {
    if (key == null || key.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("the access key must be at least " + MIN_LENGTH
          + " characters long (for example: openssl rand -base64 24)");
    }
    if (!ALLOWED.matcher(key).matches()) {
      throw new IllegalArgumentException("the access key may hold only letters, digits and"
          + " . _ ~ + / = - (for example: openssl rand -base64 24)");
    }
    return new AccessKey(sha256(key));
  }

  /** Whether a key is required. */
  public boolean required() {
    return digest != null;
  }

  /** Whether {@code host} names this machine's loopback address only (no key needed there). */
  public static boolean loopback(String host) {
    if (host == null || host.isBlank()) {
      return false; // all addresses
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Whether {@code request} may be served: no key is required, or it gives the key. */
  boolean admits(HttpServletRequest request) {
    if (digest == null) {
      return true;
    }
    boolean found = false;
    String header = request.getHeader(HEADER);
    if (header != null) {
      found |= matches(header.strip());
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      found |= matches(authorization.substring(7).strip());
    }
    Cookie[] cookies = request.getCookies();
    for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        found |= matches(cookie.getValue());
      }
    }
    return found;
  }

  private boolean matches(String given) {
    return MessageDigest.isEqual(digest, sha256(given));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Never the key. */
  @Override
  public String toString() {
    return digest == null ? "no access key" : "an access key";
  }
}
