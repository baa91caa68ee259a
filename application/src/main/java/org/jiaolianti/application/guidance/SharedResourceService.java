package org.jiaolianti.application.guidance;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.guidance.port.in.SharedResourcesUseCase;
import org.jiaolianti.application.guidance.port.out.SharedResources;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.guidance.GuidanceRules;
import org.jiaolianti.domain.guidance.HttpsLink;
import org.jiaolianti.domain.guidance.SharedResource;
import org.jiaolianti.domain.guidance.SharedResourceId;
import org.jiaolianti.domain.organization.SchoolId;

/**
 * Resources shared between schools (资源共享, 五(一)2). Every staff member of the district reads them
 * (READ_SHARED_RESOURCES on the district); a school's leaders and teachers share and withdraw their school's
 * (SHARE_RESOURCES on the school). A withdrawn resource is seen only by those who may share for its school.
 */
public final class SharedResourceService implements SharedResourcesUseCase {

  private static final Comparator<SharedResource> NEWEST_FIRST =
      Comparator.comparing(SharedResource::sharedAt).reversed().thenComparing(r -> r.id().value());

  private final SharedResources resources;
  private final Schools schools;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public SharedResourceService(SharedResources resources, Schools schools, AccessControl access, Transactions tx,
      Clock clock, CommandValidator validator) {
    this.resources = requireNonNull(resources);
    this.schools = requireNonNull(schools);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public SharedResource share(Actor actor, ShareCommand c) {
    validator.validate(c);
    return tx.inTransaction(() -> {
      SchoolId school = SchoolId.of(c.schoolId());
      access.check(actor, Action.SHARE_RESOURCES, new Target.School(actor.district(), school));
      if (schools.byId(actor.district(), school).isEmpty()) {
        throw new NotFoundException("school", c.schoolId());
      }
      String description = c.description() == null || c.description().isBlank() ? null : c.description().strip();
      SharedResource r = new SharedResource(SharedResourceId.newId(), actor.district(), school, c.kind(),
          c.title().strip(), description, HttpsLink.of(c.link()), c.collaborations(), actor.userId(), now(), null,
          null, 0);
      resources.add(r);
      return r;
    });
  }

  @Override
  public List<SharedResource> list(Actor actor) {
    return tx.inTransaction(() -> {
      readable(actor);
      Visibility share = access.visibility(actor, Action.SHARE_RESOURCES);
      return resources.ofDistrict(actor.district()).stream()
          .filter(r -> !r.withdrawn() || share.includesSchool(r.school())).sorted(NEWEST_FIRST).toList();
    });
  }

  @Override
  public SharedResource get(Actor actor, String resourceId) {
    return tx.inTransaction(() -> {
      readable(actor);
      SharedResource r = find(actor, resourceId);
      if (r.withdrawn() && !access.visibility(actor, Action.SHARE_RESOURCES).includesSchool(r.school())) {
        throw new NotFoundException("shared resource", resourceId);
      }
      return r;
    });
  }

  @Override
  public SharedResource withdraw(Actor actor, String resourceId) {
    return tx.inTransaction(() -> {
      readable(actor);
      SharedResource r = find(actor, resourceId);
      access.check(actor, Action.SHARE_RESOURCES, new Target.School(actor.district(), r.school()));
      RuleViolationException.throwIfRejected(GuidanceRules.mayWithdraw(r));
      return resources.update(r.withdrawn(actor.userId(), now()));
    });
  }

  /** Staff of the district read; anyone else (a guardian, a partner) is forbidden. */
  private void readable(Actor actor) {
    access.check(actor, Action.READ_SHARED_RESOURCES, new Target.District(actor.district()));
  }

  private SharedResource find(Actor actor, String resourceId) {
    SharedResourceId id;
    try {
      id = SharedResourceId.of(resourceId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("shared resource", resourceId);
    }
    return resources.byId(actor.district(), id)
        .orElseThrow(() -> new NotFoundException("shared resource", resourceId));
  }

  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.MICROS);
  }
}
