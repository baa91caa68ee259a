package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;

/**
 * One collaboration as the policy sets it out: its section of 五, its intro text and measures.
 *
 * <p>中文：“六联”之一及其工作举措。依据：五(一)–(六)
 */
public record CollaborationSection(
    Collaboration collaboration, ClauseRef clause, Bilingual title, String text, List<Measure> measures) {

  public CollaborationSection {
    requireNonNull(collaboration, "collaboration");
    requireNonNull(clause, "clause");
    requireNonNull(title, "title");
    measures = ImmutableList.copyOf(measures);
    checkArgument(!measures.isEmpty(), "collaboration %s has no measure", collaboration);
    for (Measure m : measures) {
      checkArgument(m.collaboration() == collaboration, "measure %s belongs to %s, not %s", m.code(), m.collaboration(), collaboration);
      checkArgument(m.clause().isWithin(clause), "measure %s (%s) lies outside %s", m.code(), m.clause(), clause);
    }
  }

  public Optional<String> intro() {
    return Optional.ofNullable(text);
  }
}
