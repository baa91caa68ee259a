package org.jiaolianti.application.audit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.audit.port.in.AuditUseCase;
import org.jiaolianti.domain.audit.AuditFilter;
import org.jiaolianti.application.audit.port.out.AuditTrail;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditChain;
import org.jiaolianti.domain.audit.AuditCheckpoint;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.AuditRetention;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.audit.ChainVerification;
import org.jiaolianti.domain.shared.DistrictCode;

/** List, verify and purge the audit trail; each of them audited (subject {@code AUDIT_TRAIL} / the district). */
public final class AuditService implements AuditUseCase {

  /** Events read per page while verifying. */
  static final int WALK_PAGE = 1000;
  public static final String SUBJECT_TYPE = "AUDIT_TRAIL";

  private final AuditTrail trail;
  private final Audit audit;
  private final AccessControl access;
  private final Transactions tx;
  private final CommandValidator validator;
  private final AuditRetention retention;
  private final Clock clock;

  public AuditService(AuditTrail trail, Audit audit, AccessControl access, Transactions tx,
      CommandValidator validator, AuditRetention retention, Clock clock) {
    this.trail = requireNonNull(trail, "trail");
    this.audit = requireNonNull(audit, "audit");
    this.access = requireNonNull(access, "access");
    this.tx = requireNonNull(tx, "tx");
    this.validator = requireNonNull(validator, "validator");
    this.retention = requireNonNull(retention, "retention");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public EventsPage list(Actor actor, AuditFilter filter, int offset, int limit) {
    return audit.audited(actor, subject(actor.district()), AuditAction.LIST, "AUDIT_REVIEW", () -> {
      access.check(actor, Action.READ_AUDIT_TRAIL, new Target.District(actor.district()));
      AuditFilter f = filter == null ? AuditFilter.ALL : filter;
      List<AuditEvent> items = trail.find(actor.district(), f, offset, limit);
      return new EventsPage(items, trail.count(actor.district(), f));
    });
  }

  @Override
  public ChainVerification verify(Actor actor) {
    ChainVerification result = audit.audited(actor, subject(actor.district()), AuditAction.VERIFY, "AUDIT_VERIFY",
        () -> {
          access.check(actor, Action.READ_AUDIT_TRAIL, new Target.District(actor.district()));
          return walk(actor.district());
        });
    return result;
  }

  @Override
  public ChainVerification verifyAsSystem(DistrictCode district) {
    return tx.inTransaction(() -> {
      ChainVerification result = walk(district);
      audit.recordSystem(district, subject(district), AuditAction.VERIFY, "AUDIT_VERIFY");
      return result;
    });
  }

  @Override
  public Optional<AuditCheckpoint> purge(Actor actor, PurgeCommand command) {
    validator.validate(command);
    return audit.audited(actor, subject(actor.district()), AuditAction.PURGE,
        "AUDIT_RETENTION:" + command.olderThan() + ":" + command.purpose().strip(), () -> {
          access.check(actor, Action.PURGE_AUDIT_TRAIL, new Target.District(actor.district()));
          RuleViolationException.throwIfRejected(retention.mayPurge(command.olderThan(), actor.today()));
          return trail.purge(actor.district(), AuditUseCase.startOf(command.olderThan()),
              AuditUseCase.startOf(actor.today()));
        });
  }

  @Override
  public Optional<AuditCheckpoint> purgeAsSystem(DistrictCode district, PurgeCommand command) {
    requireNonNull(district, "district");
    validator.validate(command);
    LocalDate today = clock.today(AuditUseCase.ZONE);
    RuleViolationException.throwIfRejected(retention.mayPurge(command.olderThan(), today));
    return tx.inTransaction(() -> {
      Optional<AuditCheckpoint> checkpoint = trail.purge(district, AuditUseCase.startOf(command.olderThan()),
          AuditUseCase.startOf(today));
      audit.recordSystem(district, subject(district), AuditAction.PURGE,
          "AUDIT_RETENTION:" + command.olderThan() + ":" + command.purpose().strip());
      return checkpoint;
    });
  }

  /** The chain of one district from its last checkpoint, page by page (read before this walk's own event). */
  private ChainVerification walk(DistrictCode district) {
    return tx.inTransaction(() -> {
      long head = trail.headSequence(district);
      Optional<AuditCheckpoint> from = trail.checkpoint(district);
      AuditChain.Verifier verifier = AuditChain.verifier(from);
      long after = from.map(AuditCheckpoint::sequence).orElse(0L);
      while (true) {
        List<AuditEvent> page = trail.walk(district, after, WALK_PAGE);
        for (AuditEvent event : page) {
          if (event.sequence() > head) {
            return verifier.result(head);
          }
          if (!verifier.accept(event)) {
            return verifier.result(head);
          }
        }
        if (page.size() < WALK_PAGE) {
          return verifier.result(head);
        }
        after = page.get(page.size() - 1).sequence();
      }
    });
  }

  private static AuditSubject subject(DistrictCode district) {
    return new AuditSubject(SUBJECT_TYPE, district.value());
  }

}
