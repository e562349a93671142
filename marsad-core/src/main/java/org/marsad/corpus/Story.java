package org.marsad.corpus;

import java.util.List;
import java.util.Objects;
import org.marsad.model.EventType;

/**
 * Articles that report the same events. {@code sources} counts independent sources (outlets;
 * republished copies of one text count once); {@code copies} lists the groups of republished
 * texts; {@code shared} the events that tie the articles together.
 */
public record Story(
    String id, List<Member> documents, int sources, List<List<String>> copies,
    List<Shared> shared) {
  public Story {
    Objects.requireNonNull(id, "id");
    documents = List.copyOf(documents);
    copies = copies.stream().map(List::copyOf).toList();
    shared = List.copyOf(shared);
  }

  /**
   * One article of a story; {@code copy_of} names the earlier text it republishes, if any;
   * {@code leaning} is its outlet's documented alignment in the knowledge base, when known.
   */
  public record Member(
      String doc, String outlet, String title, String published, String copy_of, String leaning) {}

  /**
   * An event reported by several articles of the story: its type, its actors' and place's names
   * (English and, where known, Arabic) and the articles that report it.
   */
  public record Shared(
      EventType type, String actor, String recipient, String place, String actor_ar,
      String recipient_ar, String place_ar, List<String> documents) {
    public Shared {
      documents = List.copyOf(documents);
    }
  }
}
