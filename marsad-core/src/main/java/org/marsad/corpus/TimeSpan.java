package org.marsad.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.marsad.model.DateValue;

/**
 * The days a date may stand for: a day is itself, a month all its days, a year all its days, a
 * range its two ends.
 */
public record TimeSpan(LocalDate from, LocalDate to) {
  public TimeSpan {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("time span ends before it starts: " + from + "/" + to);
    }
  }

  /** The span of a record date; empty when the date is unknown or unreadable. */
  public static Optional<TimeSpan> of(DateValue date) {
    if (date == null || date.value() == null) {
      return Optional.empty();
    }
    String v = date.value();
    try {
      return Optional.of(switch (date.precision()) {
        case "day" -> new TimeSpan(LocalDate.parse(v), LocalDate.parse(v));
        case "month" -> {
          YearMonth m = YearMonth.parse(v);
          yield new TimeSpan(m.atDay(1), m.atEndOfMonth());
        }
        case "year" -> {
          int y = Integer.parseInt(v);
          yield new TimeSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        case "range" -> {
          int slash = v.indexOf('/');
          yield new TimeSpan(LocalDate.parse(v.substring(0, slash)),
              LocalDate.parse(v.substring(slash + 1)));
        }
        default -> throw new IllegalArgumentException(date.precision());
      });
    } catch (DateTimeParseException | IllegalArgumentException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** True when the two spans come within {@code toleranceDays} of each other. */
  public boolean near(TimeSpan other, int toleranceDays) {
    return !from.minusDays(toleranceDays).isAfter(other.to)
        && !other.from.minusDays(toleranceDays).isAfter(to);
  }

  /** Days from this span's start to the other's start. */
  public long daysTo(TimeSpan other) {
    return ChronoUnit.DAYS.between(from, other.from);
  }

  @Override
  public String toString() {
    return from.equals(to) ? from.toString() : from + "/" + to;
  }
}
