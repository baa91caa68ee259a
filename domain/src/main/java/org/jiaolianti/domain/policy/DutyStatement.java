package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.shared.ClauseRef;

/**
 * One duty statement of a subject, verbatim from 三.
 *
 * <p>中文：职责任务条目。依据：三(一)–(六)
 *
 * @param clause where it stands, e.g. {@code 三(二)8}
 * @param subjectKind whose duty it is
 * @param units for a department duty, the unit(s) it names (三(二)8 names two); empty otherwise
 * @param resourceKind for a social resource unit duty, the kind of unit; null otherwise
 * @param title an optional heading (三(六) names the kind of unit)
 * @param text the statement, verbatim
 * @param summaryEn an English summary
 */
public record DutyStatement(
    ClauseRef clause,
    SubjectKind subjectKind,
    List<UnitCode> units,
    SocialResourceKind resourceKind,
    String title,
    String text,
    String summaryEn) {

  public DutyStatement {
    requireNonNull(clause, "clause");
    requireNonNull(subjectKind, "subjectKind");
    units = ImmutableList.copyOf(units);
    checkArgument(text != null && !text.isBlank(), "duty %s: text must not be blank", clause);
    checkArgument(summaryEn != null && !summaryEn.isBlank(), "duty %s: summaryEn must not be blank", clause);
    checkArgument((subjectKind == SubjectKind.DEPARTMENT) == !units.isEmpty(),
        "duty %s: a department duty names its unit(s), other duties name none", clause);
    checkArgument(units.stream().distinct().count() == units.size(), "duty %s: a unit is named twice", clause);
    checkArgument((subjectKind == SubjectKind.SOCIAL_RESOURCE_UNIT) == (resourceKind != null),
        "duty %s: a social resource unit duty names its kind of unit, other duties none", clause);
  }

  public Optional<String> optionalTitle() {
    return Optional.ofNullable(title);
  }
}
