package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KnowledgeBase;

/** The two-pass recognizer: document tags, training on a tiny corpus, the model file. */
class NameRecognizerTest {
  private static final NameIndex KB = new NameIndex(KnowledgeBase.standard());

  private static List<String> words(String s) {
    return Conll.norms(List.of(s.split(" ")));
  }

  private static List<String[]> stems(List<List<String>> doc) {
    return doc.stream().map(NerFeatures::stems).toList();
  }

  @Test
  void documentTagsCountOtherOccurrencesOfTheStem() {
    List<List<String>> doc = List.of(words("قال البدري"), words("وقال البدري إن"),
        words("البدري لاعب"), words("البدري هنا"));
    List<String[]> firstPass = List.of(new String[] {"O", "B-PERSON"},
        new String[] {"O", "B-PERSON", "O"}, new String[] {"O", "O"}, new String[] {"O", "O"});
    List<List<String>> tags = NameRecognizer.documentTags(stems(doc), firstPass);
    // البدري elsewhere: a person once and outside a name twice, or a person twice and outside
    // once; قال and وقال share a stem
    assertEquals(Arrays.asList("O", "PERSON-"), tags.get(0));
    assertEquals(Arrays.asList("O", "PERSON-", null), tags.get(1));
    assertEquals(Arrays.asList("PERSON+", null), tags.get(2));
  }

  @Test
  void documentTagsLookOnlyWithinTheWindow() {
    List<List<String>> doc = new ArrayList<>();
    List<String[]> firstPass = new ArrayList<>();
    doc.add(words("حفتر"));
    firstPass.add(new String[] {"B-PERSON"});
    for (int j = 0; j < NameRecognizer.WINDOW; j++) {
      doc.add(words("كلام"));
      firstPass.add(new String[] {"O"});
    }
    doc.add(words("حفتر"));
    firstPass.add(new String[] {"O"});
    List<List<String>> tags = NameRecognizer.documentTags(stems(doc), firstPass);
    assertNull(tags.get(0).get(0)); // the other حفتر is WINDOW + 1 sentences away
    assertEquals("O", tags.get(1).get(0));
  }

  private static Conll.Sentence sentence(String tokens, String tags) {
    return new Conll.Sentence(List.of(tokens.split(" ")), List.of(tags.split(" ")));
  }

  private static List<Conll.Sentence> corpus() {
    List<Conll.Sentence> data = new ArrayList<>();
    String[] names = {"زيد", "عمرو", "خالد", "سعيد", "هشام", "ماهر"};
    String[] places = {"سرت", "درنة", "غات", "هون"};
    for (int i = 0; i < 60; i++) {
      data.add(sentence("قال " + names[i % names.length] + " إن الوضع هادئ",
          "O B-PERSON O O O"));
      data.add(sentence("وصل الوفد إلى مدينة " + places[i % places.length],
          "O O O O B-LOCATION"));
    }
    return data;
  }

  @Test
  void learnsATinyCorpusAndRoundTrips() throws IOException {
    List<String> steps = new ArrayList<>();
    NameRecognizer r = NerTraining.train(corpus(), KB, 3, 2, steps::add);
    assertEquals(4, steps.size(), steps.toString());
    List<List<String>> doc = List.of(words("قال بشير إن الوضع هادئ"),
        words("وصل الوفد إلى مدينة مرزق"));
    List<String[]> tags = r.tag(doc);
    assertArrayEquals(new String[] {"O", "B-PERSON", "O", "O", "O"}, tags.get(0));
    assertArrayEquals(new String[] {"O", "O", "O", "O", "B-LOCATION"}, tags.get(1));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.write(out);
    NameRecognizer back = NameRecognizer.read(new ByteArrayInputStream(out.toByteArray()), KB);
    assertEquals(r.features(), back.features());
    List<String[]> again = back.tag(doc);
    for (int j = 0; j < doc.size(); j++) {
      assertArrayEquals(tags.get(j), again.get(j));
    }
  }

  @Test
  void anUnseenNameIsTaggedLikeTheNamesOfItsClass() {
    String[] persons = {"زيد", "عمرو", "خالد", "سعيد", "هشام", "ماهر", "نبيل", "طارق"};
    String[] places = {"سرت", "مرزق", "غات", "هون", "زلتن", "جادو", "نالوت", "شحات"};
    List<Conll.Sentence> data = new ArrayList<>();
    for (int half = 0; half < 2; half++) {
      // each half its own names, so that the second tagger learns from names the other half
      // never saw; the same context for both types: only the word tells them apart
      for (int i = 0; i < 80; i++) {
        data.add(sentence("هذا " + persons[half * 4 + i % 4] + " اليوم", "O B-PERSON O"));
        data.add(sentence("هذا " + places[half * 4 + i % 4] + " اليوم", "O B-LOCATION O"));
      }
    }
    List<String> words = new ArrayList<>(List.of(persons));
    words.addAll(List.of(places));
    words.addAll(List.of("نادر", "سبها")); // stems, as the clusters have them
    int[] classes = new int[words.size()];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = i < 8 || words.get(i).equals("نادر") ? 0 : 1;
    }
    WordEvidence evidence = new WordEvidence(
        new WordClusters(words, List.of(2), new int[][] {classes}), NameList.NONE,
        NameList.NONE);
    NameRecognizer r = NerTraining.train(data, KB, evidence, 3, 2, line -> {});
    List<String[]> tags = r.tag(List.of(words("هذا نادر اليوم"), words("هذا سبها اليوم")));
    assertArrayEquals(new String[] {"O", "B-PERSON", "O"}, tags.get(0));
    assertArrayEquals(new String[] {"O", "B-LOCATION", "O"}, tags.get(1));
  }

  @Test
  void emptyDocumentAndEmptySentence() {
    NameRecognizer r = EntityStage.loadRecognizer(KB);
    assertEquals(List.of(), r.tag(List.of()));
    assertEquals(0, r.tag(List.of(Collections.<String>emptyList())).get(0).length);
  }
}
