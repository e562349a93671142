package org.marsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load on a server over loopback: a fixed list of GET paths, each sent once, by a fixed
 * number of concurrent clients; and a set of malformed and oversized raw requests, each of which
 * must get a 4xx answer. Reports throughput, latency percentiles and errors (any status other
 * than 200, or no answer).
 */
public final class LoadGenerator {
  private LoadGenerator() {}

  /** The figures of one run. */
  public record Result(int requests, int errors, double seconds, double p50ms, double p99ms,
      double maxMs, List<String> firstErrors) {
    public double perSecond() {
      return requests / seconds;
    }

    public String line() {
      return String.format(Locale.ROOT,
          "%d requests in %.2f s: %.0f requests/s, latency p50 %.2f ms, p99 %.2f ms, max %.2f ms,"
              + " %d errors", requests, seconds, perSecond(), p50ms, p99ms, maxMs, errors);
    }
  }

  public static Result run(URI base, List<String> paths, int concurrency)
      throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long[] nanos = new long[paths.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      workers.add(pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < paths.size(); ) {
          long t0 = System.nanoTime();
          String problem;
          try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(base.resolve(paths.get(i)))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            problem = r.statusCode() == 200 ? null : paths.get(i) + ": status " + r.statusCode();
          } catch (IOException e) {
            problem = paths.get(i) + ": " + e;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          nanos[i] = System.nanoTime() - t0;
          if (problem != null) {
            errors.incrementAndGet();
            if (firstErrors.size() < 5) {
              firstErrors.add(problem);
            }
          }
        }
      }));
    }
    for (Future<?> f : workers) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Result(paths.size(), errors.get(), seconds, percentile(sorted, 50),
        percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        List.copyOf(firstErrors));
  }

  /** The p-th percentile of sorted nanoseconds, in milliseconds (nearest rank). */
  public static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  /**
   * Sends malformed and oversized raw requests; returns each one's name and the status line it
   * got ({@code none} when the connection closed without an answer).
   */
  public static Map<String, String> malformed(String host, int port) throws IOException {
    Map<String, String> requests = new LinkedHashMap<>();
    requests.put("huge URI", "GET /api/search?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
    requests.put("huge header", "GET /api/search HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(200_000)
        + "\r\n\r\n");
    requests.put("bad percent-encoding", "GET /api/search?q=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n");
    requests.put("bad path encoding", "GET /api/documents/%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n");
    requests.put("body", "POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n"
        + "c".repeat(1000));
    requests.put("GET with body", "GET /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
    requests.put("unknown method", "BREW /api/search HTTP/1.1\r\nHost: x\r\n\r\n");
    requests.put("garbage request line", "\u0001\u0002 nonsense\r\n\r\n");
    requests.put("limit too large", "GET /api/search?limit=100000 HTTP/1.1\r\nHost: x\r\n\r\n");
    requests.put("unknown route", "GET /api/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n");
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : requests.entrySet()) {
      out.put(e.getKey(), statusLine(host, port, e.getValue()));
    }
    return out;
  }

  private static String statusLine(String host, int port, String raw) throws IOException {
    try (Socket s = new Socket(host, port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (IOException e) {
        // the server may close before reading everything; its answer is still there
      }
      InputStream in = s.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c; (c = in.read()) != -1 && c != '\r' && c != '\n'; ) {
        line.append((char) c);
      }
      return line.length() == 0 ? "none" : line.toString();
    } catch (java.net.SocketException | java.net.SocketTimeoutException e) {
      return "none (" + e.getMessage() + ")";
    }
  }
}
