package org.marsad.claim;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.ClaimModality;
import org.marsad.model.Speaker;

/** A claim of the sentence being read; its content ends where the next one starts. */
final class Draft {
  Speaker speaker;
  boolean inherited;
  final List<String> via = new ArrayList<>();
  int cueFrom;
  int cueTo;
  ClaimModality modality;
  int contentFrom;
  int contentTo = -1;
}
