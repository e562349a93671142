package org.marsad.claim;

import static org.marsad.claim.WordShapes.isComma;

import java.util.List;
import org.marsad.arabic.Sentence;
import org.marsad.arabic.Token;
import org.marsad.model.Claim;
import org.marsad.model.ClaimModality;
import org.marsad.model.Span;

/**
 * The claims of one sentence from its drafts: each draft's content ends where a later cue or a
 * cut (a trailing attribution) starts, and asserted content that opens with a hedge is hedged.
 */
final class Drafts {

  private final String text;
  private final Sentence sentence;
  private final List<Token> toks;
  private final CueShapes shapes;

  Drafts(String text, Sentence sentence, List<Token> toks, CueShapes shapes) {
    this.text = text;
    this.sentence = sentence;
    this.toks = toks;
    this.shapes = shapes;
  }

  /** Adds a claim for each draft to {@code claims}, numbering on from their count. */
  void finish(List<Draft> drafts, List<Integer> cuts, List<Claim> claims) {
    for (Draft d : drafts) {
      int end = toks.size();
      for (Draft o : drafts) {
        if (o.cueFrom >= d.contentFrom && o.cueFrom < end) {
          end = o.cueFrom;
        }
      }
      for (int c : cuts) {
        if (c >= d.contentFrom && c < end) {
          end = c;
        }
      }
      d.contentTo = d.contentTo >= 0 ? Math.min(d.contentTo, end) : end;
      while (d.contentTo > d.contentFrom && isComma(toks.get(d.contentTo - 1))) {
        d.contentTo--;
      }
      Span content = d.contentFrom < d.contentTo
          ? Span.of(text, toks.get(d.contentFrom).start(), toks.get(d.contentTo - 1).end())
          : null;
      Span cue = Span.of(text, toks.get(d.cueFrom).start(), toks.get(d.cueTo - 1).end());
      ClaimModality modality =
          d.modality == ClaimModality.ASSERTED && shapes.hedged(d.contentFrom, d.contentTo)
              ? ClaimModality.HEDGED : d.modality;
      claims.add(new Claim("c" + (claims.size() + 1), d.speaker,
          d.via.stream().distinct().toList(), cue, modality, content,
          Span.of(text, sentence.start(), sentence.end())));
    }
  }
}
