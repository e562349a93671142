package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A code of the record format written in lower case, with hyphens for the underscores of the
 * constant's name ({@code heavy-weapons} for {@code HEAVY_WEAPONS}). Codes written in capitals
 * (entity and event types) are plain enums named as on the wire; {@link #of} looks up either.
 */
public interface Code {
  /** The constant's name, as every enum has it. */
  String name();

  /** The name in the record format. */
  @JsonValue
  default String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The constant of {@code type} named {@code wire} in the record format: its {@link #wire()}
   * for a code, else its constant name (PERSON, ASSAULT). An unknown name is an error that lists
   * the known ones.
   */
  static <E extends Enum<E>> E of(Class<E> type, String wire) {
    Object value = Names.BY_TYPE.get(type).get(wire);
    if (value == null) {
      String what = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
          .toLowerCase(Locale.ROOT);
      throw new IllegalArgumentException("unknown " + what + ": " + wire + " (one of "
          + String.join(", ", Names.BY_TYPE.get(type).keySet()) + ")");
    }
    return type.cast(value);
  }

  /**
   * {@link #of(Class, String)} for a value read from a data file: an unknown name is an {@link
   * IllegalStateException} that starts with {@code where} (the file and line).
   */
  static <E extends Enum<E>> E of(Class<E> type, String wire, String where) {
    try {
      return of(type, wire);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code wire} names a constant of {@code type} in the record format. */
  static <E extends Enum<E>> boolean isName(Class<E> type, String wire) {
    return Names.BY_TYPE.get(type).containsKey(wire);
  }

  /** Each code type's constants by their wire names, in declaration order. */
  final class Names {
    private Names() {}

    static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
      @Override
      protected Map<String, Object> computeValue(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(
            c -> c instanceof Code code ? code.wire() : ((Enum<?>) c).name(),
            Function.identity(), (a, b) -> a, LinkedHashMap::new));
      }
    };
  }
}
