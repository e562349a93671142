package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Store;

/**
 * The web page in headless Chromium over a real server: search, article, actor, contradiction,
 * stories, the alliance graph over time, map and timeline, an article whose text holds script,
 * and the Arabic page with no code left untranslated. The store holds the examples and the test
 * articles, and the seed articles and the news set where they are checked out beside the
 * repository (read where they are). Screenshots are kept in {@code target/screenshots/} as test
 * artifacts.
 */
@NeedsChromium
@Tag("browser")
class PageTest {
  static final Path SHOTS = Path.of("target", "screenshots");
  static final Path SHARED =
      Path.of(System.getProperty("marsad.root", "..")).resolve("../shared/corpus").normalize();
  /** Codes of the API that the Arabic page must show through its label table. */
  static final String CODES = "\\\\b(AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE"
      + "|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT|HOLDS|PERSON|ORGANIZATION"
      + "|LOCATION|FACILITY|EQUIPMENT|asserted|denied|confirmed|alleged|warned|predicted|questioned"
      + "|named|anonymous|opposite|control|casualties|supports|opposes|meets|fights|aerial"
      + "|confiscate|in one account)\\\\b";
  @TempDir static Path dir;
  static Fixture fixture;
  static WebDriver browser;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    if (!NeedsChromium.Condition.runs()) {
      return; // each test is reported as skipped, with the reason
    }
    browser = WebDriver.start(dir.resolve("profile"));
    List<Path> more = new ArrayList<>();
    for (String folder : new String[] {"seeds", "news"}) {
      if (Files.isDirectory(SHARED.resolve(folder))) {
        more.add(SHARED.resolve(folder));
      }
    }
    fixture = Fixture.start(dir, more);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  private boolean js(String condition) {
    try {
      return browser.script("return !!(" + condition + ")").asBoolean();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void searchThenArticleThenActorThenContradiction() throws Exception {
    browser.open(fixture.base() + "/");
    assertEquals("rtl", browser.script("return document.documentElement.dir").asText());
    browser.type("#q", "حفتر");
    browser.click("#go");
    browser.waitFor(".hit a.title");
    assertTrue(browser.text("#total").matches("\\d+ .*"), browser.text("#total"));
    browser.screenshot(SHOTS.resolve("1-search.png"));

    browser.click(".hit a.title[href='#/doc/02-cairo-position']");
    browser.waitFor("#article-text span.ent");
    browser.until("the Arabic font", () -> js("document.fonts.check(\"16px 'Noto Naskh Arabic'\")"));
    browser.click("#article-text span.ent-PERSON");
    browser.waitFor("#details .note h3");
    browser.screenshot(SHOTS.resolve("2-article.png"));

    browser.click("#details a.actor-link");
    browser.waitFor("#actor-name");
    browser.waitFor("#actor-relations li");
    browser.screenshot(SHOTS.resolve("3-actor.png"));

    browser.open(fixture.base() + "/#/actor/kb:are");
    browser.waitFor("#actor-contradictions .contradiction");
    browser.click("#nav-contradictions");
    browser.waitFor(".contradiction .side.a .evidence");
    String a = browser.text(".contradiction .side.a .evidence");
    String b = browser.text(".contradiction .side.b .evidence");
    assertTrue(!a.isBlank() && !b.isBlank() && !a.equals(b), a + " / " + b);
    String party = browser.text(".contradiction > div:first-child a");
    assertTrue(party.matches(".*[\u0621-\u064A].*"), "the Arabic page names the parties in Arabic: "
        + party);
    browser.screenshot(SHOTS.resolve("4-contradictions.png"));
  }

  @Test
  void scriptInAnArticleNeverRuns() throws Exception {
    browser.open(fixture.base() + "/#/search?q=" + URLEncoder.encode("لحفتر", StandardCharsets.UTF_8));
    browser.waitFor(".hit a.title[href='#/doc/hostile']");
    browser.open(fixture.base() + "/#/doc/hostile");
    browser.waitFor("#article-text");
    browser.until("the text", () -> js("document.querySelector('#article-text').textContent.length > 50"));
    String text = browser.text("#article-text");
    assertTrue(text.contains("<script>window.__pwned = 1</script>"), text);
    assertTrue(text.contains("onerror="), text);
    assertTrue(browser.text("#doc-title").contains("<script>"));
    Thread.sleep(500); // time for an image error handler, if one were ever created
    assertTrue(js("window.__pwned === undefined"), "a script from the article ran");
    assertTrue(js("document.querySelectorAll('main script, main img, main b').length === 0"));
    browser.screenshot(SHOTS.resolve("5-hostile-article.png"));
  }

  @Test
  void mapDrawsPlacesWithLabelsAndLegendAndListsTheOthersBeside() throws Exception {
    browser.open(fixture.base() + "/#/map");
    browser.waitFor("#map svg path");
    browser.waitFor("#map svg circle.place");
    assertTrue(js("document.querySelectorAll('#map svg path.district').length === 22"), "Libya's 22 districts");
    assertTrue(js("document.querySelectorAll('#map svg path.country').length >= 6"),
        "the neighbouring countries are drawn");
    assertTrue(browser.text("#outside-map").contains("باريس")
        || !Files.isDirectory(SHARED.resolve("seeds")), "Paris, beyond the map, is listed beside it");
    assertTrue(js("document.querySelectorAll('#map svg text.place-label').length"
        + " === document.querySelectorAll('#map svg circle.place').length"), "a label per place");
    assertTrue(js("/[\u0621-\u064A]/.test(document.querySelector('#map svg text.place-label').textContent)"),
        "place labels in Arabic");
    browser.waitFor("#map-side .size-legend");
    browser.waitFor("#country-level");
    browser.waitFor("#outside-map");
    assertTrue(js("[...document.querySelectorAll('#map svg path.district title')].length === 22"
        + " && [...document.querySelectorAll('#map svg path.district title')]"
        + ".every((t) => /^[\u0621-\u064A ]+$/.test(t.textContent))"),
        "every district named in Arabic on the Arabic page");
    browser.screenshot(SHOTS.resolve("6-map.png"));
  }

  @Test
  void theGraphRedrawsForAPeriodAndAClickOnAnEdgeShowsItsEvidence() throws Exception {
    browser.open(fixture.base() + "/#/graph");
    browser.waitFor("#graph canvas");
    browser.until("graph nodes", () -> js("window.marsadGraph && window.marsadGraph.nodes().length > 1"));
    int all = browser.script("return window.marsadGraph.edges().length").asInt();
    assertTrue(js("document.querySelectorAll('#graph-from option').length > 2"), "months to choose");
    assertTrue(js("!!window.cytoscapeFcose"), "the fcose layout is loaded");
    // names do not sit on each other: no two node centres closer than a node's size
    assertTrue(js("(() => { const n = window.marsadGraph.nodes(); for (let i = 0; i < n.length; i++)"
        + " for (let j = i + 1; j < n.length; j++) { const a = n[i].position(), b = n[j].position();"
        + " if (Math.hypot(a.x - b.x, a.y - b.y) < 20) return false; } return true; })()"),
        "nodes apart");
    assertTrue(browser.text("#graph-legend").contains("يدعم"), browser.text("#graph-legend"));
    browser.screenshot(SHOTS.resolve("7-graph.png"));

    // one month: the first that has a relation
    String month = browser.script("return document.querySelector('#graph-from option:nth-child(2)').value")
        .asText();
    browser.script("for (const id of ['graph-from', 'graph-to']) { const s = document.getElementById(id);"
        + " s.value = '" + month + "'; s.dispatchEvent(new Event('change')); } return 1");
    browser.until("the graph redrawn for " + month,
        () -> js("window.marsadGraph.edges().length < " + all));
    assertTrue(js("window.marsadGraph.edges().length > 0"));
    assertTrue(js("window.marsadGraph.edges().every((e) => e.data('edge').periods.every((p) => p === '"
        + month + "'))"), "only relations of " + month);
    assertTrue(browser.text("#graph-summary").contains(month), browser.text("#graph-summary"));

    browser.script("window.marsadGraph.edges()[0].emit('tap'); return 1");
    browser.waitFor("#graph-details .evidence-list li a[href^='#/doc/']");
    String details = browser.text("#graph-details");
    assertTrue(details.contains(month), "the evidence is dated: " + details);
    assertTrue(details.contains("وسائل"), details);
    assertTrue(js("document.querySelector('#graph-details .evidence').dir === 'rtl'"));
    browser.screenshot(SHOTS.resolve("7-graph-period-evidence.png"));

    browser.script("window.marsadGraph.nodes()[0].emit('tap'); return 1");
    browser.waitFor("#graph-details #node-title");
    browser.waitFor("#graph-details a.actor-link");
  }

  @Test
  void offTheLoopbackAddressThePageAsksForTheKeyOnceThenWorks() throws Exception {
    String key = "page-key_0123456789abcdef";
    try (Server guarded = Server.start(fixture.store, "0.0.0.0", 0, AccessKey.of(key))) {
      String base = "http://127.0.0.1:" + guarded.port();
      browser.open(base + "/#/search?q=" + URLEncoder.encode("حفتر", StandardCharsets.UTF_8));
      browser.type("#key", "not-the-key_0123456789");
      browser.click("#key-go");
      browser.waitFor("#key-wrong");
      browser.type("#key", key);
      browser.click("#key-go");
      browser.waitFor(".hit a.title");
      browser.open(base + "/#/doc/02-cairo-position");
      browser.waitFor("#article-text span.ent");
      assertEquals(0L, browser.script("return document.querySelectorAll('#key-form').length")
          .asLong(), "the key is asked for once a session");
      browser.screenshot(SHOTS.resolve("8-access-key.png"));
    }
  }

  @Test
  void anEmptyStoreSaysWhatToDoInsteadOfABlankGraph() throws Exception {
    try (Store empty = Store.open(dir.resolve("empty"));
        Server server = Server.start(empty, "127.0.0.1", 0)) {
      browser.open("http://127.0.0.1:" + server.port() + "/#/graph");
      String text = browser.text("#graph-empty");
      assertTrue(text.contains("marsad ingest"), text);
      browser.open("http://127.0.0.1:" + server.port() + "/#/stories");
      browser.waitFor("#no-stories");
      browser.screenshot(SHOTS.resolve("7-graph-empty.png"));
    }
  }

  @Test
  void theTimelineReadsRightToLeftInProportionWithUndatedEventsCounted() throws Exception {
    browser.open(fixture.base() + "/#/timeline");
    browser.waitFor("#timeline .slot");
    // every month from the first to the last has its slot, empty months too
    assertTrue(js("(() => { const p = [...document.querySelectorAll('#timeline .slot')].map((s) => s.dataset.period);"
        + " for (let i = 1; i < p.length; i++) { const [y, m] = p[i - 1].split('-').map(Number);"
        + " const next = m === 12 ? (y + 1) + '-01' : y + '-' + String(m + 1).padStart(2, '0');"
        + " if (p[i] !== next) return false; } return p.length > 1; })()"), "consecutive months");
    assertTrue(js("(() => { const s = document.querySelectorAll('#timeline .slot');"
        + " return s[0].getBoundingClientRect().left > s[s.length - 1].getBoundingClientRect().left; })()"),
        "the earliest month is at the right of the Arabic page");
    assertTrue(js("[...document.querySelectorAll('#timeline .bar-label bdi')].every((b) =>"
        + " b.getClientRects().length === 1)"), "no date label is wrapped");
    assertTrue(browser.text("#undated-count").matches(".*\\d+.*"), browser.text("#undated-count"));
    assertTrue(js("Number(document.querySelector('#undated-count bdi').textContent) > 0"),
        "the seeds' undated events are counted");
    browser.waitFor("#events-table table tbody tr");
    browser.waitFor("#undated-events table tbody tr");
    assertTrue(js("[...document.querySelectorAll('#undated-events td.date')].every((d) =>"
        + " !/\\d/.test(d.textContent))"), "the undated events are listed apart, without a date");
    assertTrue(js("Math.min(50, Number(document.querySelector('#undated-count bdi').textContent))"
        + " <= document.querySelectorAll('#undated-events tbody tr').length"),
        "as many as counted (negated and hypothetical ones listed too)");
    int rows = browser.script("return document.querySelectorAll('#events-table tbody tr').length").asInt();
    if (js("document.querySelector('#events-table .next')")) {
      String first = browser.text("#events-table tbody tr:first-child");
      browser.click("#events-table .next");
      browser.until("the next page", () -> js("document.querySelector('#events-table .prev')"));
      assertTrue(!browser.text("#events-table tbody tr:first-child").equals(first));
    }
    assertTrue(rows > 0);
    browser.screenshot(SHOTS.resolve("8-timeline.png"));
  }

  @Test
  void theStoriesPageListsStoriesWithTheirArticlesAndSharedEvents() throws Exception {
    browser.open(fixture.base() + "/#/search");
    browser.click("#nav-stories");
    browser.waitFor(".story .story-docs li a[href^='#/doc/']");
    assertTrue(js("[...document.querySelectorAll('.story')].every((s) =>"
        + " s.querySelectorAll('.story-docs li').length > 1)"), "a story has several articles");
    browser.waitFor(".story .story-shared li");
    String shared = browser.text(".story .story-shared");
    assertTrue(shared.matches("(?s).*[\u0621-\u064A].*"), shared);
    browser.screenshot(SHOTS.resolve("9-stories.png"));
  }

  @Test
  void aChangeOfSidesIsShownOnTheActorPageNotAsAContradiction() throws Exception {
    browser.open(fixture.base() + "/#/actor/kb:egy");
    browser.waitFor("#actor-changes li.change");
    String changes = browser.text("#actor-changes");
    assertTrue(changes.contains("2019-04") && changes.contains("2020-06")
        && changes.contains("يدعم") && changes.contains("يعارض"), changes);
    assertTrue(js("![...document.querySelectorAll('#actor-contradictions .contradiction')].some((c) =>"
        + " c.textContent.includes('egypt-backs-2019') && c.textContent.includes('egypt-leaves-2020'))"),
        "support in 2019 and distancing in 2020 are not a contradiction");
    browser.screenshot(SHOTS.resolve("3-actor-changes.png"));
  }

  @Test
  void theEnglishSwitchKeepsArticleTextRightToLeft() throws Exception {
    browser.open(fixture.base() + "/#/doc/02-cairo-position");
    browser.waitFor("#article-text span.ent");
    browser.click("#lang");
    try {
      browser.until("English", () -> js("document.documentElement.dir === 'ltr'"));
      browser.waitFor("#article-text span.ent");
      assertTrue(js("getComputedStyle(document.getElementById('article-text')).direction === 'rtl'"),
          "Arabic text stays right to left on the English page");
      assertTrue(js("getComputedStyle(document.getElementById('doc-title')).direction === 'rtl'"));
      assertTrue(js("document.querySelector('#doc-meta bdi')"), "ids and dates are isolated");
      browser.screenshot(SHOTS.resolve("10-article-english.png"));
      browser.open(fixture.base() + "/#/timeline");
      browser.waitFor("#timeline .slot");
      browser.screenshot(SHOTS.resolve("10-timeline-english.png"));
      browser.open(fixture.base() + "/#/graph");
      browser.until("graph nodes", () -> js("window.marsadGraph && window.marsadGraph.nodes().length > 1"));
      assertTrue(browser.text("#graph-legend").contains("supports"), browser.text("#graph-legend"));
      browser.screenshot(SHOTS.resolve("10-graph-english.png"));
      browser.open(fixture.base() + "/#/stories");
      browser.waitFor(".story .story-docs li");
      assertTrue(js("document.querySelector('.story h2').dir === 'auto'"));
      browser.screenshot(SHOTS.resolve("10-stories-english.png"));
    } finally {
      browser.click("#lang");
      browser.until("Arabic", () -> js("document.documentElement.dir === 'rtl'"));
    }
  }

  @Test
  void noCodeIsLeftUntranslatedOnTheArabicPage() throws Exception {
    String[][] views = {
      {"/#/actor/kb:haftar", "#actor-events tbody tr"},
      {"/#/contradictions", ".contradiction .side.b .evidence"},
      {"/#/stories", ".story"},
      {"/#/timeline", "#events-table tbody tr"},
      {"/#/map", "#places tbody tr"},
      {"/#/graph", "#graph canvas"},
      {"/#/doc/02-cairo-position", "#article-text span.event"},
    };
    for (String[] view : views) {
      browser.open(fixture.base() + view[0]);
      browser.waitFor(view[1]);
      if (view[0].startsWith("/#/doc/")) {
        browser.click("#article-text span.event");
        browser.waitFor("#details .note h3");
      }
      String found = browser.script("const m = document.querySelector('main').innerText.match(new RegExp('"
          + CODES + "')); return m ? m[0] + ' in: ' + document.querySelector('main').innerText"
          + ".slice(Math.max(0, m.index - 80), m.index + 80) : ''").asText();
      assertEquals("", found, view[0]);
    }
    browser.open(fixture.base() + "/#/contradictions");
    browser.waitFor(".contradiction .side a bdi");
    assertTrue(js("[...document.querySelectorAll('.contradiction .side > a')].every((a) =>"
        + " a.querySelector('bdi'))"), "document ids are isolated");
    browser.screenshot(SHOTS.resolve("4-contradictions-arabic.png"));
  }
}
