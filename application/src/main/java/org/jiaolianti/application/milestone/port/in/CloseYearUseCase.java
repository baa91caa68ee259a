package org.jiaolianti.application.milestone.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.domain.milestone.YearClosing;

/**
 * Closes a year (年度考核): freezes its milestone figures and the records behind them. Later changes
 * to that year's data appear as differences against the frozen figures.
 */
public interface CloseYearUseCase {

  YearClosing close(CloseYearCommand command);

  /** Closes {@code year} of {@code district}. */
  record CloseYearCommand(
      @DistrictKey String district,
      @Min(2000) @Max(2100) int year,
      @NotBlank @Size(max = 100) String closedBy) {}
}
