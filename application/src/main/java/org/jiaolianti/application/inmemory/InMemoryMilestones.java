package org.jiaolianti.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.milestone.port.out.ExchangeEvents;
import org.jiaolianti.application.milestone.port.out.TypicalCases;
import org.jiaolianti.application.milestone.port.out.YearClosings;
import org.jiaolianti.domain.milestone.ExchangeEvent;
import org.jiaolianti.domain.milestone.ExchangeEventId;
import org.jiaolianti.domain.milestone.TypicalCase;
import org.jiaolianti.domain.milestone.TypicalCaseId;
import org.jiaolianti.domain.milestone.YearClosing;
import org.jiaolianti.domain.shared.DistrictCode;

/** In-memory adapters of the milestone ports. */
public final class InMemoryMilestones {

  private InMemoryMilestones() {}

  /** Typical cases in memory. */
  public static final class InMemoryTypicalCases implements TypicalCases {
    private final VersionedStore<TypicalCase> store = new VersionedStore<>("typical case",
        c -> VersionedStore.key(c.district(), c.id()), TypicalCase::version,
        (c, v) -> new TypicalCase(c.id(), c.district(), c.title(), c.kind(), c.collaborations(), c.fromSchool(),
            c.fromUnit(), c.selectedOn(), c.voiding(), v));

    @Override
    public void add(TypicalCase typicalCase) {
      store.add(typicalCase);
    }

    @Override
    public TypicalCase update(TypicalCase typicalCase) {
      return store.update(typicalCase);
    }

    @Override
    public Optional<TypicalCase> byId(DistrictCode district, TypicalCaseId id) {
      return store.get(district, id);
    }

    @Override
    public List<TypicalCase> all(DistrictCode district) {
      return store.find(c -> c.district().equals(district),
          Comparator.comparing(TypicalCase::selectedOn).thenComparing(c -> c.id().value()));
    }
  }

  /** Exchange events in memory. */
  public static final class InMemoryExchangeEvents implements ExchangeEvents {
    private final VersionedStore<ExchangeEvent> store = new VersionedStore<>("exchange event",
        e -> VersionedStore.key(e.district(), e.id()), ExchangeEvent::version,
        (e, v) -> new ExchangeEvent(e.id(), e.district(), e.heldOn(), e.organiser(), e.title(), e.voiding(), v));

    @Override
    public void add(ExchangeEvent event) {
      store.add(event);
    }

    @Override
    public ExchangeEvent update(ExchangeEvent event) {
      return store.update(event);
    }

    @Override
    public Optional<ExchangeEvent> byId(DistrictCode district, ExchangeEventId id) {
      return store.get(district, id);
    }

    @Override
    public List<ExchangeEvent> all(DistrictCode district) {
      return store.find(e -> e.district().equals(district),
          Comparator.comparing(ExchangeEvent::heldOn).thenComparing(e -> e.id().value()));
    }
  }

  /** Closed years in memory. */
  public static final class InMemoryYearClosings implements YearClosings {
    private final VersionedStore<YearClosing> store = new VersionedStore<>("year closing",
        c -> VersionedStore.key(c.district(), c.year()), c -> 0, (c, v) -> c);

    @Override
    public void add(YearClosing closing) {
      store.add(closing);
    }

    @Override
    public List<YearClosing> all(DistrictCode district) {
      return store.find(c -> c.district().equals(district), Comparator.comparingInt(YearClosing::year));
    }
  }
}
