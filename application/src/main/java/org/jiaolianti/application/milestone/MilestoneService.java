package org.jiaolianti.application.milestone;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jiaolianti.application.milestone.port.in.CloseYearUseCase;
import org.jiaolianti.application.milestone.port.in.MilestoneReportUseCase;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase;
import org.jiaolianti.application.milestone.port.out.ExchangeEvents;
import org.jiaolianti.application.milestone.port.out.TypicalCases;
import org.jiaolianti.application.milestone.port.out.YearClosings;
import org.jiaolianti.application.organization.AllianceFacts;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Towns;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.milestone.ExchangeEvent;
import org.jiaolianti.domain.milestone.ExchangeEventId;
import org.jiaolianti.domain.milestone.MilestoneCalculator;
import org.jiaolianti.domain.milestone.MilestoneFacts;
import org.jiaolianti.domain.milestone.ShareBreakdown;
import org.jiaolianti.domain.milestone.TypicalCase;
import org.jiaolianti.domain.milestone.TypicalCaseId;
import org.jiaolianti.domain.milestone.YearClosing;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Voiding;

/** Records milestone evidence, computes the milestone report and coverage, and closes years (二). */
public final class MilestoneService implements RecordMilestoneEvidenceUseCase, MilestoneReportUseCase, CloseYearUseCase {

  /** The opaque id format ({@code Ids}): anything else cannot name a record, so it is simply not found. */
  private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private final Policies policies;
  private final Schools schools;
  private final Zones zones;
  private final Towns towns;
  private final AllianceFacts allianceFacts;
  private final TypicalCases cases;
  private final ExchangeEvents events;
  private final YearClosings closings;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public MilestoneService(Policies policies, Schools schools, Zones zones, Towns towns, AllianceFacts allianceFacts,
      TypicalCases cases, ExchangeEvents events, YearClosings closings, Transactions tx, Clock clock,
      CommandValidator validator) {
    this.policies = requireNonNull(policies);
    this.schools = requireNonNull(schools);
    this.zones = requireNonNull(zones);
    this.towns = requireNonNull(towns);
    this.allianceFacts = requireNonNull(allianceFacts);
    this.cases = requireNonNull(cases);
    this.events = requireNonNull(events);
    this.closings = requireNonNull(closings);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  private Policy policy(DistrictCode district) {
    return policies.require(district);
  }

  @Override
  public TypicalCase recordCase(RecordTypicalCaseCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    Policy policy = policy(district);
    if ((command.fromSchoolId() == null) == (command.fromUnitCode() == null)) {
      throw InvalidInputException.of("fromSchoolId", "ExactlyOne", "须且只能填写来源学校或来源单位之一",
          "name exactly one of fromSchoolId and fromUnitCode");
    }
    UnitCode unit = command.fromUnitCode() == null ? null : UnitCode.of(command.fromUnitCode());
    if (unit != null && policy.unit(unit).isEmpty()) {
      throw InvalidInputException.of("fromUnitCode", "KnownUnit", "工作方案中没有单位 " + unit, "the policy has no unit " + unit);
    }
    return tx.inTransaction(() -> {
      SchoolId school = command.fromSchoolId() == null ? null : SchoolId.of(command.fromSchoolId());
      if (school != null && schools.byId(district, school).isEmpty()) {
        throw new NotFoundException("school", school);
      }
      TypicalCase c = new TypicalCase(TypicalCaseId.newId(), district, command.title().strip(), command.kind(),
          command.collaborations(), school, unit, command.selectedOn(), null, 0);
      cases.add(c);
      return c;
    });
  }

  @Override
  public TypicalCase voidCase(VoidRecordCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    return tx.inTransaction(() -> {
      TypicalCase c = cases.byId(district, TypicalCaseId.of(command.id()))
          .orElseThrow(() -> new NotFoundException("typical case", command.id()));
      if (c.voiding() != null) {
        throw InvalidInputException.of("id", "Voided", "该案例已作废", "the case is already voided");
      }
      return cases.update(c.voided(new Voiding(command.voidedBy(), clock.now(), command.reason())));
    });
  }

  @Override
  public ExchangeEvent recordEvent(RecordExchangeEventCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    policy(district);
    ExchangeEvent event = new ExchangeEvent(ExchangeEventId.newId(), district, command.heldOn(),
        command.organiser().strip(), command.title().strip(), null, 0);
    tx.run(() -> events.add(event));
    return event;
  }

  @Override
  public ExchangeEvent voidEvent(VoidRecordCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    return tx.inTransaction(() -> {
      ExchangeEvent e = events.byId(district, ExchangeEventId.of(command.id()))
          .orElseThrow(() -> new NotFoundException("exchange event", command.id()));
      if (e.voiding() != null) {
        throw InvalidInputException.of("id", "Voided", "该活动已作废", "the event is already voided");
      }
      return events.update(e.voided(new Voiding(command.voidedBy(), clock.now(), command.reason())));
    });
  }

  @Override
  public List<TypicalCase> cases(DistrictCode district) {
    return cases.all(district);
  }

  @Override
  public List<ExchangeEvent> events(DistrictCode district) {
    return events.all(district);
  }

  @Override
  public TypicalCase typicalCase(DistrictCode district, String id) {
    requireNonNull(district, "district");
    if (id == null || !RECORD_ID.matcher(id).matches()) {
      throw new NotFoundException("typical case", shown(id));
    }
    return tx.inTransaction(() -> cases.byId(district, TypicalCaseId.of(id)))
        .orElseThrow(() -> new NotFoundException("typical case", id));
  }

  @Override
  public ExchangeEvent exchangeEvent(DistrictCode district, String id) {
    requireNonNull(district, "district");
    if (id == null || !RECORD_ID.matcher(id).matches()) {
      throw new NotFoundException("exchange event", shown(id));
    }
    return tx.inTransaction(() -> events.byId(district, ExchangeEventId.of(id)))
        .orElseThrow(() -> new NotFoundException("exchange event", id));
  }

  /** An id as a not-found message may show it: never more than 64 characters of what the caller sent. */
  private static String shown(String id) {
    return id == null ? "" : id.length() > 64 ? id.substring(0, 64) + "…" : id;
  }

  private MilestoneFacts facts(DistrictCode district) {
    return new MilestoneFacts(allianceFacts.ofDistrict(district), cases.all(district), events.all(district));
  }

  @Override
  public MilestoneReport report(DistrictCode district, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    Policy policy = policy(district);
    return tx.inTransaction(() -> new MilestoneReport(district, policy.document().policyVersion(), asOf,
        new MilestoneCalculator(policy).report(facts(district), asOf, closings.all(district))));
  }

  @Override
  public List<CoverageLine> coverage(DistrictCode district, LocalDate asOf, ShareBreakdown.Grouping by) {
    requireNonNull(asOf, "asOf");
    requireNonNull(by, "by");
    Policy policy = policy(district);
    return tx.inTransaction(() -> {
      // zones by name, towns by code: the order people read them in (zone ids are random)
      Map<String, String> names = new java.util.LinkedHashMap<>();
      if (by == ShareBreakdown.Grouping.ZONE) {
        zones.all(district).forEach(z -> names.put(z.id().value(), z.name()));
      } else {
        towns.all(district).forEach(t -> names.put(t.code().value(), t.name()));
      }
      List<String> order = List.copyOf(names.keySet());
      return new MilestoneCalculator(policy).breakdown(facts(district), asOf, by).stream()
          .sorted(java.util.Comparator.comparingInt(b -> order.contains(b.groupKey()) ? order.indexOf(b.groupKey())
              : Integer.MAX_VALUE))
          .map(b -> new CoverageLine(b.grouping(), b.groupKey(), names.getOrDefault(b.groupKey(), b.groupKey()),
              b.figure(), b.target(), b.target() == null ? null : b.target().subtract(b.figure().value())))
          .collect(Collectors.toList());
    });
  }

  @Override
  public YearClosing close(CloseYearCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    Policy policy = policy(district);
    boolean hasTarget = policy.milestones().stream().anyMatch(m -> m.targetFor(command.year()).isPresent());
    return tx.inTransaction(() -> {
      var now = clock.now();
      LocalDate today = now.atZone(policy.document().timeZone()).toLocalDate();
      List<YearClosing> existing = closings.all(district);
      RuleViolationException.throwIfRejected(YearClosing.canClose(command.year(), today, hasTarget, existing));
      YearClosing closing = new YearClosing(district, command.year(), now, command.closedBy(),
          new MilestoneCalculator(policy).figuresToClose(facts(district), command.year()));
      closings.add(closing);
      return closing;
    });
  }

}
