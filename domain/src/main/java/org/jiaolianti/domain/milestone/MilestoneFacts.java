package org.jiaolianti.domain.milestone;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jiaolianti.domain.organization.SchoolAllianceFacts;

/**
 * The records milestones are computed from: every school of the district with its alliance facts,
 * every typical case and every exchange event, voided ones included (the calculator skips them).
 */
public record MilestoneFacts(List<SchoolAllianceFacts> schools, List<TypicalCase> cases, List<ExchangeEvent> events) {
  public MilestoneFacts {
    schools = ImmutableList.copyOf(schools);
    cases = ImmutableList.copyOf(cases);
    events = ImmutableList.copyOf(events);
  }
}
