package org.jiaolianti.application.counsellor;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase;
import org.jiaolianti.application.counsellor.port.out.CounsellorTeam;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.out.RoleAssignments;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.mentalhealth.CounsellorCoverage;
import org.jiaolianti.domain.mentalhealth.CounsellorPost;
import org.jiaolianti.domain.mentalhealth.CounsellorPostId;
import org.jiaolianti.domain.mentalhealth.CounsellorRules;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.mentalhealth.TrainingRecord;
import org.jiaolianti.domain.mentalhealth.TrainingRecordId;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Decision;

/**
 * The counsellor team (五(二)3): posts, the one lead per school ({@link CounsellorRules}), training records and the
 * coverage report against the seed target ({@link MentalHealthSettings#counsellorCoverageTarget()}).
 */
public final class CounsellorService implements CounsellorsUseCase {

  private final CounsellorTeam team;
  private final Schools schools;
  private final Users users;
  private final RoleAssignments roles;
  private final Policies policies;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public CounsellorService(CounsellorTeam team, Schools schools, Users users, RoleAssignments roles,
      Policies policies, AccessControl access, Transactions tx, Clock clock, CommandValidator validator) {
    this.team = requireNonNull(team);
    this.schools = requireNonNull(schools);
    this.users = requireNonNull(users);
    this.roles = requireNonNull(roles);
    this.policies = requireNonNull(policies);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public CounsellorPost register(Actor actor, RegisterCommand command) {
    validator.validate(command);
    if (command.to() != null && command.to().isBefore(command.from())) {
      throw InvalidInputException.of("to", "DateOrder", "结束日期不能早于开始日期", "to must not be before from");
    }
    return tx.inTransaction(() -> {
      SchoolId school = SchoolId.of(command.schoolId());
      access.check(actor, Action.MANAGE_COUNSELLOR_POSTS, new Target.School(actor.district(), school));
      schools.byId(actor.district(), school).orElseThrow(() -> new NotFoundException("school", command.schoolId()));
      UserId counsellor = UserId.of(command.counsellorId());
      boolean isCounsellor = users.byId(actor.district(), counsellor).isPresent()
          && roles.ofUser(actor.district(), counsellor).stream()
              .anyMatch(a -> a.role() == Role.COUNSELLOR && !a.isRevoked());
      if (!isCounsellor) {
        throw InvalidInputException.of("counsellorId", "CounsellorRole", "须为持有心理健康教师（COUNSELLOR）角色的用户",
            "counsellorId must name a user holding the COUNSELLOR role");
      }
      DateRange period = DateRange.of(command.from(), command.to());
      RuleViolationException.throwIfRejected(CounsellorRules.mayCreatePost(ofSchool(actor, school), school,
          counsellor, command.lead(), period));
      CounsellorPost post = CounsellorPost.create(CounsellorPostId.newId(), actor.district(), school, counsellor,
          command.kind(), command.lead(), period);
      team.addPost(post);
      return post;
    });
  }

  @Override
  public CounsellorPost end(Actor actor, EndCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      CounsellorPost p = managed(actor, command.postId());
      LocalDate from = p.period().validFrom();
      LocalDate to = p.period().validTo();
      if (command.lastDay().isBefore(from) || (to != null && command.lastDay().isAfter(to))) {
        throw InvalidInputException.of("lastDay", "DateRange", "最后一天须在任职期内（" + from + " 起）",
            "lastDay must lie within the post (from " + from + ")");
      }
      return team.updatePost(p.endingOn(command.lastDay()));
    });
  }

  /** 五(二)3: one mental-health lead per school at a time (COUNSELLOR_ONE_LEAD_PER_SCHOOL). */
  @Override
  public CounsellorPost setLead(Actor actor, LeadCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      CounsellorPost p = managed(actor, command.postId());
      if (p.lead() == command.lead()) {
        return p;
      }
      if (command.lead()) {
        List<CounsellorPost> others = ofSchool(actor, p.school()).stream()
            .filter(o -> !o.id().equals(p.id())).toList();
        Decision d = CounsellorRules.mayCreatePost(others, p.school(), p.counsellor(), true, p.period());
        RuleViolationException.throwIfRejected(d);
      }
      return team.updatePost(new CounsellorPost(p.id(), p.district(), p.school(), p.counsellor(), p.kind(),
          command.lead(), p.period(), p.version()));
    });
  }

  @Override
  public List<CounsellorPost> list(Actor actor, String schoolId, LocalDate activeOn) {
    return tx.inTransaction(() -> {
      PostReaders readers = postReaders(actor);
      SchoolId school = null;
      if (schoolId != null) {
        try {
          school = SchoolId.of(schoolId);
        } catch (IllegalArgumentException e) {
          throw new NotFoundException("school", schoolId);
        }
        SchoolId s = school;
        boolean seen = readers.school().includesSchool(s) || team.posts(actor.district()).stream()
            .anyMatch(p -> p.school().equals(s) && readers.visible(p));
        if (!seen) {
          throw new NotFoundException("school", schoolId);
        }
      }
      SchoolId only = school;
      return team.posts(actor.district()).stream()
          .filter(readers::visible)
          .filter(p -> only == null || p.school().equals(only))
          .filter(p -> activeOn == null || p.activeOn(activeOn))
          .toList();
    });
  }

  @Override
  public TrainingRecord logTraining(Actor actor, TrainingCommand command) {
    validator.validate(command);
    BigDecimal hours = command.hours();
    if (hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
      throw InvalidInputException.of("hours", "HalfHours", "学时以半小时计（如 1.5）", "hours count in half hours (e.g. 1.5)");
    }
    if (command.topics().stream().anyMatch(t -> t.contains("\n") || t.contains("\r"))) {
      throw InvalidInputException.of("topics", "OneLine", "每个主题须为一行", "each topic must be one line");
    }
    return tx.inTransaction(() -> {
      CounsellorPost p = readable(actor, command.postId());
      checkTraining(actor, Action.LOG_COUNSELLOR_TRAINING, p);
      TrainingRecord r = new TrainingRecord(TrainingRecordId.newId(), actor.district(), p.counsellor(), command.on(),
          hours, command.topics().stream().map(String::strip).toList(), actor.userId(),
          clock.now().truncatedTo(ChronoUnit.MICROS));
      team.addTraining(r);
      return r;
    });
  }

  @Override
  public List<TrainingRecord> trainings(Actor actor, String postId) {
    return tx.inTransaction(() -> {
      CounsellorPost p = readable(actor, postId);
      checkTraining(actor, Action.READ_COUNSELLOR_TRAINING, p);
      return team.trainings(actor.district(), p.counsellor());
    });
  }

  @Override
  public Coverage coverage(Actor actor, LocalDate on) {
    requireNonNull(on, "on");
    access.check(actor, Action.READ_COUNSELLOR_COVERAGE, new Target.District(actor.district()));
    return tx.inTransaction(() -> {
      MentalHealthSettings settings = policies.active(actor.district())
          .map(p -> p.localSettings().mentalHealth()).orElse(MentalHealthSettings.defaults());
      List<School> open = schools.all(actor.district()).stream().filter(s -> s.isOpenOn(on))
          .sorted(Comparator.comparing(School::code)).toList();
      Map<SchoolId, School> byId = open.stream().collect(Collectors.toMap(School::id, Function.identity()));
      CounsellorCoverage c = CounsellorCoverage.compute(open.stream().map(School::id).toList(),
          team.posts(actor.district()), on, settings);
      BigDecimal gap = c.target().subtract(c.share()).max(BigDecimal.ZERO);
      return new Coverage(on, c.withFullTime().stream().map(byId::get).toList(),
          c.withPartTimeOnly().stream().map(byId::get).toList(), c.without().stream().map(byId::get).toList(),
          c.share(), c.target(), gap, c.met());
    });
  }

  /**
   * The post is visible to the actor: {@code action} on its school, or the counsellor's own
   * LOG_OWN_COUNSELLOR_TRAINING; otherwise a 403, not a 404.
   */
  private void checkTraining(Actor actor, Action action, CounsellorPost p) {
    boolean allowed = access.visibility(actor, action).includesSchool(p.school())
        || access.visibility(actor, Action.LOG_OWN_COUNSELLOR_TRAINING).includesUser(p.counsellor());
    if (!allowed) {
      throw new ForbiddenException(Bilingual.of("无权" + action.label().zh(), "not allowed to " + action.label().en()));
    }
  }

  private List<CounsellorPost> ofSchool(Actor actor, SchoolId school) {
    return team.posts(actor.district()).stream().filter(p -> p.school().equals(school)).toList();
  }

  /** The post, if the actor manages its school (else 404 or 403 as the access rules decide). */
  private CounsellorPost managed(Actor actor, String postId) {
    CounsellorPost p = find(actor, postId);
    access.check(actor, Action.MANAGE_COUNSELLOR_POSTS, new Target.School(actor.district(), p.school()));
    return p;
  }

  /** The post, if the actor reads it (its school, or their own post); otherwise 404, like an unknown id. */
  private CounsellorPost readable(Actor actor, String postId) {
    CounsellorPost p = find(actor, postId);
    if (!postReaders(actor).visible(p)) {
      throw new NotFoundException("counsellor post", postId);
    }
    return p;
  }

  private CounsellorPost find(Actor actor, String postId) {
    CounsellorPostId id;
    try {
      id = CounsellorPostId.of(postId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("counsellor post", postId);
    }
    return team.postById(actor.district(), id)
        .orElseThrow(() -> new NotFoundException("counsellor post", postId));
  }

  /** Who reads posts: READ_COUNSELLOR_POSTS by school, READ_OWN_COUNSELLOR_POSTS by the counsellor (self). */
  private record PostReaders(Visibility school, Visibility own) {
    boolean visible(CounsellorPost p) {
      return school.includesSchool(p.school()) || own.includesUser(p.counsellor());
    }
  }

  private PostReaders postReaders(Actor actor) {
    Visibility school = access.visibility(actor, Action.READ_COUNSELLOR_POSTS);
    Visibility own = access.visibility(actor, Action.READ_OWN_COUNSELLOR_POSTS);
    if (!school.permitted() && !own.permitted()) {
      access.check(actor, Action.READ_COUNSELLOR_POSTS, new Target.District(actor.district()));
    }
    return new PostReaders(school, own);
  }
}
