package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;

/**
 * A measure of one of the six collaborations, with its responsible units in printed order; the
 * first listed is the lead (牵头).
 *
 * <p>中文：工作举措及责任部门（第一个为牵头单位）。依据：五
 */
public record Measure(
    MeasureCode code,
    ClauseRef clause,
    Collaboration collaboration,
    Bilingual title,
    String text,
    List<UnitCode> responsibleUnits) {

  public Measure {
    requireNonNull(code, "code");
    requireNonNull(clause, "clause");
    requireNonNull(collaboration, "collaboration");
    requireNonNull(title, "title");
    checkArgument(text != null && !text.isBlank(), "measure %s: text must not be blank", code);
    responsibleUnits = ImmutableList.copyOf(responsibleUnits);
    checkArgument(!responsibleUnits.isEmpty(), "measure %s names no responsible unit", code);
    checkArgument(responsibleUnits.stream().distinct().count() == responsibleUnits.size(),
        "measure %s names a responsible unit twice", code);
  }

  public UnitCode lead() {
    return responsibleUnits.get(0);
  }

  public Responsibility responsibilityOf(UnitCode unit) {
    int index = responsibleUnits.indexOf(unit);
    if (index < 0) {
      return Responsibility.NONE;
    }
    return index == 0 ? Responsibility.LEAD : Responsibility.CO_RESPONSIBLE;
  }
}
