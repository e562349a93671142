package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A code of the record format written in lower case, with hyphens for the underscores of the
 * constant's name ({@code heavy-weapons} for {@code HEAVY_WEAPONS}).
 */
public interface Code {
  /** The constant's name, as every enum has it. */
  String name();

  /** The name in the record format. */
  @JsonValue
  default String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of {@code type} named {@code wire} in the record format. */
  static <E extends Enum<E> & Code> E of(Class<E> type, String wire) {
    Code value = Names.BY_TYPE.get(type).get(wire);
    if (value == null) {
      throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + wire
          + " (one of " + String.join(", ", Names.BY_TYPE.get(type).keySet()) + ")");
    }
    return type.cast(value);
  }

  /** Whether {@code wire} names a constant of {@code type}. */
  static <E extends Enum<E> & Code> boolean isName(Class<E> type, String wire) {
    return Names.BY_TYPE.get(type).containsKey(wire);
  }

  /** Each code type's constants by their wire names, in declaration order. */
  final class Names {
    private Names() {}

    static final ClassValue<Map<String, Code>> BY_TYPE = new ClassValue<>() {
      @Override
      protected Map<String, Code> computeValue(Class<?> type) {
        return Arrays.stream((Code[]) type.getEnumConstants()).collect(Collectors.toMap(
            Code::wire, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
      }
    };
  }
}
