package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outlets from URLs and names: each row is an input and the id found, or -. */
class OutletIndexTest {
  private static final OutletIndex OUTLETS = new OutletIndex(KnowledgeBase.standard());

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      https://libyaobserver.ly/news/x                  | libya-observer
      https://www.aljazeera.net/news/2020/5/18/x       | al-jazeera
      https://m.aljazeera.net/news/x                   | al-jazeera
      https://WWW.AlJazeera.NET./news/x                | al-jazeera
      https://mubasher.aljazeera.net/news/x            | al-jazeera-mubasher
      https://arabic.cnn.com/middle-east/article/x     | cnn
      https://edition.cnn.com/2020/05/18/africa/x      | cnn
      https://www.bbc.com/arabic/middleeast-52706360   | bbc-arabic
      http://www.alwasat.ly/news/libya/283271          | alwasat
      # the same site name under another top-level domain
      https://alwasat.com/news/x                       | alwasat
      https://www.aljazeera.com.qa/x                   | al-jazeera
      https://libyaobserver.com/x                      | libya-observer
      https://www.aa.com.tr/ar/x                       | anadolu
      # not an outlet of the knowledge base, or no host
      https://example.com/news/1                       | -
      https://blog.rt.org/x                            | -
      not a url                                        | -
      ''                                               | -
      """)
  void byUrl(String url, String id) {
    assertEquals(id, OUTLETS.byUrl(url).map(KbEntry::id).orElse("-"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      الجزيرة                | al-jazeera
      قناة الجزيرة           | al-jazeera
      Al Jazeera             | al-jazeera
      بوابة الوسط            | alwasat
      موقع ليبيا أوبزرفر      | libya-observer
      aljazeera.net          | al-jazeera
      www.alwasat.ly         | alwasat
      صحيفة لا وجود لها      | -
      """)
  void byName(String name, String id) {
    assertEquals(id, OUTLETS.byName(name).map(KbEntry::id).orElse("-"));
  }
}
