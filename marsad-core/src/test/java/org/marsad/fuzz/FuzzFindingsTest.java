package org.marsad.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.Limits;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.ReadResult;
import org.marsad.model.Document;

/** Inputs the property tests found to break a reader or the pipeline, minimized. */
class FuzzFindingsTest {
  @TempDir Path dir;

  /** A JSON escape of a lone surrogate gave text that UTF-8 cannot hold. */
  @Test
  void jsonEscapedLoneSurrogatesBecomeReplacementCharacters() throws IOException {
    Path f = dir.resolve("wire.jsonl");
    Files.writeString(f, "{\"title\": \"\\udc00\", \"text\": \"\\ud800 قال المتحدث باسم الحكومة"
        + " إن الاجتماع انتهى \\udc00\\ud800\"}\n", UTF_8);
    ReadResult r = new Ingest(Limits.DEFAULT).read(f);
    assertEquals(1, r.articles().size(), r.errors()::toString);
    RawArticle a = r.articles().get(0);
    assertEquals("\uFFFD قال المتحدث باسم الحكومة إن الاجتماع انتهى \uFFFD\uFFFD", a.content());
    assertEquals("\uFFFD", a.title());
    Behaviour.checkArticle(a);
  }

  /** A pair split by the escapes stays a pair: only unpaired halves are replaced. */
  @Test
  void escapedSurrogatePairsStayWhole() {
    RawArticle a = new RawArticle("x", "x", null, null, null, null, RawArticle.Markup.TEXT,
        "\ud83d\ude00 \ude00\ud83d");
    assertEquals("\ud83d\ude00 \uFFFD\uFFFD", a.content());
  }

  /** Tens of thousands of unclosed tags overflowed the stack of the recursive block walk. */
  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    Document d = Behaviour.checkArticle(html("<div>".repeat(100_000)
        + "أعلنت وزارة الصحة في القاهرة افتتاح مستشفى جديد."));
    assertTrue(d.text().contains("مستشفى"), d.text());
  }

  /**
   * Thousands of nested tables made the descendant selector {@code article time[datetime]} and
   * the walk up from every element to the body quadratic: minutes for one page. The bound is a
   * hang guard ({@link Behaviour#BOUND}), far above the linear cost.
   */
  @Test
  void deeplyNestedTablesAreReadInLinearTime() {
    Document d = Behaviour.checkArticle(html("<table><tr><td>".repeat(30_000)
        + "<time datetime=2020-05-17>الأحد</time><div class=related>"
        + "<footer>x</footer></div>وقال مصدر عسكري إن القوات انسحبت."));
    assertTrue(d.text().contains("انسحبت"), d.text());
  }

  /**
   * A tatweel written as a word of its own has no letters once normalized: after a body's
   * adjective it threw where a name pattern read its first letter.
   */
  @Test
  void aWordOfNoLettersAfterABodysAdjectiveIsRead() {
    Document d = Behaviour.checkArticle(new RawArticle("t", "t.txt", null, null, null, null,
        RawArticle.Markup.TEXT, "وعام 2005 زور الحزب الحاكم الانتخابات ـ وأدانتها بعثة الاتحاد"
            + " الاوروبي ـ واصطدمت قوات الأمن بالمتظاهرين، وقالت الجمعية الوطنية ـ إن الحصيلة"
            + " ارتفعت."));
    assertTrue(d.text().contains("الاتحاد"), d.text());
  }

  /**
   * A heading of marks and symbols alone (a rial sign, a shadda's presentation form) was a name
   * with no word once normalized, and reading a definite noun back to a name's first word failed.
   */
  @Test
  void aNameOfMarksAloneHasNoFirstWordToReadBackTo() {
    Document d = Behaviour.checkArticle(new RawArticle("page", "page.html", null, null, null,
        null, RawArticle.Markup.HTML, "<!DOCTYPE html><html dir=rtl><head><meta charset=\"utf-8\">"
        + "<title>\u0001\uFDFC\uFE7E\u05B0\u0617\n\u068ES\uFBD2\u0657</title></head><body>"
        + "<article><h1>\u0001\uFDFC\uFE7E\u05B0\u0617\n\u068ES\uFBD2\u0657</h1><p>يوم\"، مضيفاً"
        + " :I\uFE7B(\u2068\u06FE أن عدداً من عناصر الطرف الآخر وقعوا في الأسر.\n\nف\uFFFD"));
    assertTrue(d.text().contains("الأسر"), d.text());
  }

  private static RawArticle html(String content) {
    return new RawArticle("page", "page.html", null, null, null, null, RawArticle.Markup.HTML,
        "<html><body>" + content);
  }
}
