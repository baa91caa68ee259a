package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.milestone.port.out.ExchangeEvents;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.milestone.ExchangeEvent;
import org.jiaolianti.domain.milestone.ExchangeEventId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ExchangeEvents}: experience-exchange events listed by date, voided ones kept,
 * updated under optimistic versioning.
 *
 * <p>To run it against your storage, extend it in your test sources and implement
 * {@link #exchangeEvents()} to return a fresh, empty port. The application test-jar ships it.
 */
public abstract class ExchangeEventsContract extends PortContract<ExchangeEvents> {

  /** A fresh port that holds no event. */
  protected abstract ExchangeEvents exchangeEvents();

  @Override
  final ExchangeEvents newPort() {
    return exchangeEvents();
  }

  @Override
  final List<Record> referencedRecords() {
    return List.of();
  }

  private static ExchangeEvent event(DistrictCode district, LocalDate heldOn, String title) {
    return new ExchangeEvent(ExchangeEventId.newId(), district, heldOn, "区教育局", title, null, 0);
  }

  @Test
  void anAddedEventReadsBackEqual() {
    ExchangeEvent event = new ExchangeEvent(ExchangeEventId.newId(), XIANGAN, LocalDate.of(2025, 12, 20),
        "区教育局、区" + RARE + "妇联", "2025年“教联体”建设经验交流会", null, 0);
    port().add(event);

    ExchangeEvent read = port().byId(XIANGAN, event.id()).orElseThrow();
    assertSameRecord(read, event);
    assertThat(read.organiser()).isEqualTo("区教育局、区" + RARE + "妇联");
    assertThat(port().byId(XIANGAN, ExchangeEventId.newId())).isEmpty();
  }

  @Test
  void allListsTheDistrictsEventsByDateVoidedOnesIncluded() {
    ExchangeEvent late = event(XIANGAN, LocalDate.of(2026, 11, 1), "秋季交流会");
    ExchangeEvent early = event(XIANGAN, LocalDate.of(2025, 12, 20), "年度交流会");
    ExchangeEvent middle = event(XIANGAN, LocalDate.of(2026, 5, 1), "春季交流会");
    port().add(late);
    port().add(early);
    port().add(middle);
    port().update(middle.voided(ContractWorld.voiding("活动取消")));

    assertThat(port().all(XIANGAN)).extracting(ExchangeEvent::id).containsExactly(early.id(), middle.id(), late.id());
  }

  @Test
  void aVoidingIsStoredWithTheNextVersion() {
    ExchangeEvent event = event(XIANGAN, LocalDate.of(2026, 5, 1), "春季交流会");
    port().add(event);
    ExchangeEvent stored = port().byId(XIANGAN, event.id()).orElseThrow();

    ExchangeEvent voided = port().update(stored.voided(ContractWorld.voiding("活动取消：" + RARE)));

    assertThat(voided.version()).isEqualTo(stored.version() + 1);
    ExchangeEvent read = port().byId(XIANGAN, event.id()).orElseThrow();
    assertSameRecord(read, voided);
    assertThat(read.voiding()).isEqualTo(ContractWorld.voiding("活动取消：" + RARE));
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictAndChangesNothing() {
    ExchangeEvent event = event(XIANGAN, LocalDate.of(2026, 5, 1), "春季交流会");
    port().add(event);
    ExchangeEvent stale = port().byId(XIANGAN, event.id()).orElseThrow();
    ExchangeEvent updated = port().update(stale.voided(ContractWorld.voiding("第一次")));

    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(stale.voided(ContractWorld.voiding("第二次"))));
    assertSameRecord(port().byId(XIANGAN, event.id()).orElseThrow(), updated);
  }

  @Test
  void anotherDistrictsEventsAreNeverReturned() {
    ExchangeEvent xiangan = event(XIANGAN, LocalDate.of(2026, 5, 1), "翔安交流会");
    ExchangeEvent huli = event(HULI, LocalDate.of(2026, 5, 1), "湖里交流会");
    port().add(xiangan);
    port().add(huli);

    assertThat(port().byId(XIANGAN, huli.id())).isEmpty();
    assertThat(port().byId(HULI, xiangan.id())).isEmpty();
    assertThat(port().all(XIANGAN)).extracting(ExchangeEvent::id).containsExactly(xiangan.id());
    assertThat(port().all(HULI)).extracting(ExchangeEvent::id).containsExactly(huli.id());
  }
}
