package org.marsad.event;

import org.marsad.analysis.Arg;

/**
 * The doer of an act read on its clause: the actor (or null), whether it is named for the act
 * itself ({@code explicit}) rather than carried over from the sentence, a recipient found on the
 * way and whether that one is a relative pronoun's antecedent, the token where the act's objects
 * may start, and whether the doer is a clause's subject ({@code clausal}) rather than the doer
 * inside a verbal noun's phrase.
 */
record Doer(Arg actor, boolean explicit, Arg recipient, boolean antecedentRecipient,
    int objectsFrom, boolean clausal) {
  Doer(Arg actor, boolean explicit, Arg recipient, boolean antecedentRecipient,
      int objectsFrom) {
    this(actor, explicit, recipient, antecedentRecipient, objectsFrom, true);
  }

  Doer ofNoun() {
    return new Doer(actor, explicit, recipient, antecedentRecipient, objectsFrom, false);
  }
}
