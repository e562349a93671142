package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The encoding detector the readers use is right at least as often as ICU4J's on the labelled
 * samples of {@link EncodingDetectorComparison}, which is why the project keeps its own; the
 * figures are printed for the README.
 */
class EncodingDetectorIsRightMoreOftenThanIcuTest {
  @Test
  void theHandWrittenDetectorIsRightAtLeastAsOftenAsIcus() {
    EncodingDetectorComparison.Score s =
        EncodingDetectorComparison.score(EncodingDetectorComparison.samples());
    System.out.print(s.report());
    assertTrue(s.samples() >= 100, "enough samples: " + s.samples());
    assertTrue(s.handWritten() >= s.icu(), s::report);
  }
}
