package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page in headless Chromium over a real server: search, article, actor, contradiction,
 * map, graph, and an article whose text holds script. Screenshots are kept in
 * {@code target/screenshots/} as test artifacts.
 */
class PageTest {
  static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir static Path dir;
  static Fixture fixture;
  static WebDriver browser;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    browser = WebDriver.start(dir.resolve("profile"));
    fixture = Fixture.start(dir);
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
  void mapGraphAndTimelineDraw() throws Exception {
    browser.open(fixture.base() + "/#/map");
    browser.waitFor("#map svg path");
    browser.waitFor("#map svg circle.place");
    assertTrue(js("document.querySelectorAll('#map svg path').length === 22"), "Libya's 22 districts");
    browser.screenshot(SHOTS.resolve("6-map.png"));
    browser.open(fixture.base() + "/#/graph");
    browser.waitFor("#graph canvas");
    browser.until("graph nodes", () -> js("window.marsadGraph && window.marsadGraph.nodes().length > 1"));
    browser.screenshot(SHOTS.resolve("7-graph.png"));
    browser.open(fixture.base() + "/#/timeline");
    browser.waitFor("#timeline .bar");
    browser.click("#lang");
    browser.until("English", () -> js("document.documentElement.dir === 'ltr'"));
    browser.screenshot(SHOTS.resolve("8-timeline-english.png"));
    browser.click("#lang");
  }
}
