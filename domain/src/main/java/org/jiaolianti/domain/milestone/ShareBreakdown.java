package org.jiaolianti.domain.milestone;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The establishment share of one group of schools (a zone or a town/street) as of a date, against
 * the target of that date's year (null if the policy sets none for it).
 */
public record ShareBreakdown(Grouping grouping, String groupKey, Figure figure, BigDecimal target) {

  /** How the schools are grouped. */
  public enum Grouping {
    ZONE,
    TOWN
  }

  public ShareBreakdown {
    requireNonNull(grouping, "grouping");
    requireNonNull(groupKey, "groupKey");
    requireNonNull(figure, "figure");
  }
}
