package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tagger on tiny synthetic data: decoding, the BIO constraint, training, the model file. */
class TaggerTest {
  /** Features of a sentence of words: the bias, the word, and the previous word. */
  private static List<List<String>> features(String... words) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      out.add(List.of("b", "w=" + words[i], "w-1=" + (i > 0 ? words[i - 1] : "<s>")));
    }
    return out;
  }

  private static Tagger.Example example(String sentence, String tags) {
    return new Tagger.Example(features(sentence.split(" ")), List.of(tags.split(" ")));
  }

  /** "x" is nearly always inside a name; "p" begins one; "o" is outside. */
  private static Tagger trained() {
    List<Tagger.Example> data = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      data.add(example("p x o", "B-PERSON I-PERSON O"));
      data.add(example("o p x x", "O B-PERSON I-PERSON I-PERSON"));
      data.add(example("o q o", "O B-LOCATION O"));
    }
    return Tagger.train(data, 5, 1);
  }

  @Test
  void learnsTheTrainingData() {
    Tagger t = trained();
    assertArrayEquals(new String[] {"B-PERSON", "I-PERSON", "O"}, t.tag(features("p", "x", "o")));
    assertArrayEquals(new String[] {"O", "B-LOCATION", "O"}, t.tag(features("o", "q", "o")));
  }

  @Test
  void insideTagOnlyContinuesANameOfItsType() {
    Tagger t = trained();
    // "x" scores highest as I-PERSON, but no name is open at the start or after O or B-LOCATION
    for (String[] s : List.of(new String[] {"x"}, new String[] {"o", "x"},
        new String[] {"q", "x", "x"})) {
      String[] tags = t.tag(features(s));
      assertValidBio(tags);
    }
  }

  @Test
  void randomInputGivesValidSequences() {
    Tagger t = trained();
    Random rnd = new Random(7);
    String[] vocab = {"p", "x", "o", "q", "z"};
    for (int n = 0; n < 200; n++) {
      String[] s = new String[rnd.nextInt(8)];
      for (int i = 0; i < s.length; i++) {
        s[i] = vocab[rnd.nextInt(vocab.length)];
      }
      String[] tags = t.tag(features(s));
      assertEquals(s.length, tags.length);
      assertValidBio(tags);
    }
  }

  @Test
  void emptySentence() {
    assertEquals(0, trained().tag(List.of()).length);
  }

  @Test
  void modelFileRoundTrips() throws IOException {
    Tagger t = trained();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    Tagger back = Tagger.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(t.labels(), back.labels());
    assertEquals(t.features(), back.features());
    String[] s = {"o", "p", "x", "q", "x", "o"};
    assertArrayEquals(t.tag(features(s)), back.tag(features(s)));
  }

  private static void assertValidBio(String[] tags) {
    for (int i = 0; i < tags.length; i++) {
      String prev = i > 0 ? tags[i - 1] : "<s>";
      assertTrue(Tagger.allowed(prev, tags[i]), String.join(" ", tags));
    }
  }
}
