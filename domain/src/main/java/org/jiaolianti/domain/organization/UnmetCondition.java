package org.jiaolianti.domain.organization;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.domain.shared.Bilingual;

/** A condition of the establishment rule that does not hold, with what is missing. */
public record UnmetCondition(EstablishmentCondition condition, Bilingual detail) {
  public UnmetCondition {
    requireNonNull(condition, "condition");
    requireNonNull(detail, "detail");
  }
}
