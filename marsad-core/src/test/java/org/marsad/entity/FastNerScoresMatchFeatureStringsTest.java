package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KnowledgeBase;

/**
 * The recognizer's fast scores ({@link NerScores}: weights summed once per word and per
 * tag) equal, to the last bit, the sums over the feature strings that the taggers were trained
 * on, and so give the same tags.
 */
class FastNerScoresMatchFeatureStringsTest {
  private static final Path ROOT = Path.of(System.getProperty("marsad.root", ".."));
  private static final Path TEST = ROOT.resolve("../shared/data/anercorp/test.txt").normalize();
  private static final NameRecognizer SHIPPED =
      EntityStage.loadRecognizer(new NameIndex(KnowledgeBase.standard()));

  private static List<String> words(String s) {
    return s.isEmpty() ? List.of() : Conll.norms(List.of(s.split(" ")));
  }

  @Test
  void edgeCasesScoreAsTheirFeatureStrings() {
    List<List<String>> doc = new ArrayList<>();
    for (String s : List.of("", "حفتر", "قال حفتر", "<s> </s> حفتر </s>", "LNA 5+5 في طرابلس",
        "وقال المشير خليفة حفتر إن قواته دخلت ترهونة", "قال حفتر")) {
      doc.add(words(s));
    }
    check(doc);
  }

  @Test
  void anercorpTestScoresAsItsFeatureStrings() throws IOException {
    assumeTrue(Files.isRegularFile(TEST), "no ANERcorp test split at " + TEST);
    List<Conll.Sentence> test = Conll.read(TEST);
    for (int from = 0; from < test.size(); from += 25) {
      List<List<String>> doc = new ArrayList<>();
      for (Conll.Sentence s : test.subList(from, Math.min(test.size(), from + 25))) {
        doc.add(Conll.norms(s.tokens()));
      }
      check(doc);
    }
  }

  /** Both passes over a document, the scores compared token by token, then the tags. */
  private static void check(List<List<String>> doc) {
    NerScores first = new NerScores(SHIPPED.firstTagger(), SHIPPED.evidence());
    NerScores second = new NerScores(SHIPPED.secondTagger(), SHIPPED.evidence());
    List<String[]> stems = new ArrayList<>();
    List<String[]> firstPass = new ArrayList<>();
    for (List<String> s : doc) {
      List<String> kb = SHIPPED.knowledgeBase().tags(s);
      String[] st = NerFeatures.stems(s);
      List<List<String>> features = NerFeatures.of(SHIPPED.evidence(), s, st, kb);
      String[] expected = first.tagger().tag(features);
      NerScores.Word[] ws = first.words(s);
      assertArrayEquals(st, NerScores.stems(ws));
      same(first.tagger(), features, first.emissions(ws, s, kb, null, null));
      assertArrayEquals(expected, first.tag(ws, s, kb, null, null), s.toString());
      stems.add(st);
      firstPass.add(expected);
    }
    List<List<String>> document = NameRecognizer.documentTags(stems, firstPass);
    List<String[]> expected = new ArrayList<>();
    for (int j = 0; j < doc.size(); j++) {
      List<String> s = doc.get(j);
      List<String> kb = SHIPPED.knowledgeBase().tags(s);
      List<String> lexicon = SHIPPED.lexicon().tags(s);
      List<List<String>> features = NerFeatures.of(SHIPPED.evidence(), s, kb, lexicon,
          document.get(j));
      NerScores.Word[] ws = second.words(s);
      same(second.tagger(), features, second.emissions(ws, s, kb, lexicon, document.get(j)));
      expected.add(second.tagger().tag(features));
    }
    List<String[]> tags = SHIPPED.tag(doc);
    assertEquals(expected.size(), tags.size());
    for (int j = 0; j < tags.size(); j++) {
      assertArrayEquals(expected.get(j), tags.get(j), doc.get(j).toString());
    }
  }

  private static void same(Tagger t, List<List<String>> features, double[][] fast) {
    assertEquals(features.size(), fast.length);
    for (int i = 0; i < fast.length; i++) {
      assertArrayEquals(t.emission(features.get(i)), fast[i], 0.0, features.get(i).toString());
    }
  }
}
