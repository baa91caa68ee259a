package org.jiaolianti.application.messaging;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase;
import org.jiaolianti.application.messaging.port.out.FeedbackItems;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.messaging.Feedback;
import org.jiaolianti.domain.messaging.FeedbackId;
import org.jiaolianti.domain.messaging.FeedbackRules;
import org.jiaolianti.domain.messaging.FeedbackStatus;
import org.jiaolianti.domain.messaging.ResponseDeadline;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.shared.DistrictCode;

/** Guardians' feedback to schools (三(三)3), its deadline from the seed, escalation and the overdue report. */
public final class FeedbackService implements FeedbackUseCase {

  private final FeedbackItems items;
  private final Schools schools;
  private final Users users;
  private final Policies policies;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public FeedbackService(FeedbackItems items, Schools schools, Users users, Policies policies, AccessControl access,
      Transactions tx, Clock clock, CommandValidator validator) {
    this.items = requireNonNull(items);
    this.schools = requireNonNull(schools);
    this.users = requireNonNull(users);
    this.policies = requireNonNull(policies);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public FeedbackItem submit(Actor actor, SubmitFeedbackCommand command) {
    validator.validate(command);
    DistrictCode district = actor.district();
    SchoolId school = SchoolId.of(command.schoolId());
    return tx.inTransaction(() -> {
      access.check(actor, Action.SUBMIT_FEEDBACK, new Target.School(district, school));
      schools.byId(district, school).orElseThrow(() -> new NotFoundException("school", school));
      LocalDate today = actor.today();
      LocalDate due = ResponseDeadline.due(today, policies.require(district).localSettings());
      Feedback f = Feedback.submit(FeedbackId.newId(), district, school, actor.userId(), command.anonymous(),
          command.kind(), command.subject().strip(), command.body().strip(), clock.now(), today, due);
      items.add(f);
      return view(actor, f, true);
    });
  }

  @Override
  public List<FeedbackItem> list(Actor actor) {
    DistrictCode district = actor.district();
    return tx.inTransaction(() -> {
      Visibility read = access.visibility(actor, Action.READ_FEEDBACK);
      List<Feedback> found;
      if (read.permitted()) {
        found = read.districtWide() ? items.all(district)
            : items.all(district).stream().filter(f -> read.includesSchool(f.school())).toList();
        boolean authors = seesAuthors(actor);
        return found.stream().map(f -> view(actor, f, authors)).toList();
      }
      if (access.visibility(actor, Action.SUBMIT_FEEDBACK).permitted()) {
        return items.byAuthor(district, actor.userId()).stream().map(f -> view(actor, f, true)).toList();
      }
      access.check(actor, Action.READ_FEEDBACK, new Target.District(district)); // the 403
      return List.of();
    });
  }

  @Override
  public FeedbackItem get(Actor actor, String feedbackId) {
    return tx.inTransaction(() -> readable(actor, feedbackId));
  }

  @Override
  public FeedbackItem answer(Actor actor, AnswerFeedbackCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      Feedback f = manageable(actor, command.feedbackId());
      RuleViolationException.throwIfRejected(FeedbackRules.mayAnswer(f));
      return view(actor, items.update(f.answered(command.answer().strip(), actor.userId(), clock.now())),
          seesAuthors(actor));
    });
  }

  @Override
  public FeedbackItem close(Actor actor, String feedbackId) {
    return tx.inTransaction(() -> {
      Feedback f = manageable(actor, feedbackId);
      RuleViolationException.throwIfRejected(FeedbackRules.mayClose(f));
      return view(actor, items.update(f.closed(actor.userId(), clock.now())), seesAuthors(actor));
    });
  }

  @Override
  public List<FeedbackItem> escalations(Actor actor) {
    DistrictCode district = actor.district();
    return tx.inTransaction(() -> {
      Visibility read = readVisibility(actor);
      boolean authors = seesAuthors(actor);
      return items.all(district).stream().filter(f -> read.includesSchool(f.school()))
          .filter(f -> f.overdueOn(actor.today()))
          .sorted(Comparator.comparing(Feedback::dueOn).thenComparing(f -> f.id().value()))
          .map(f -> view(actor, f, authors)).toList();
    });
  }

  @Override
  public List<SchoolFeedbackCount> overdueReport(Actor actor, LocalDate asOf) {
    DistrictCode district = actor.district();
    LocalDate day = asOf == null ? actor.today() : asOf;
    return tx.inTransaction(() -> {
      Visibility read = readVisibility(actor);
      Map<SchoolId, long[]> counts = new LinkedHashMap<>();
      List<School> visible = schools.all(district).stream().filter(s -> read.includesSchool(s.id()))
          .sorted(Comparator.comparing(School::code)).toList();
      visible.forEach(s -> counts.put(s.id(), new long[4]));
      for (Feedback f : items.all(district)) {
        long[] c = counts.get(f.school());
        if (c == null || f.submittedOn().isAfter(day)) {
          continue;
        }
        FeedbackStatus status = statusOn(f, day);
        switch (status) {
          case OPEN -> {
            c[0]++;
            if (day.isAfter(f.dueOn())) {
              c[1]++;
            }
          }
          case ANSWERED -> c[2]++;
          case CLOSED -> c[3]++;
        }
      }
      List<SchoolFeedbackCount> report = new ArrayList<>();
      for (School s : visible) {
        long[] c = counts.get(s.id());
        report.add(new SchoolFeedbackCount(s.id(), s.name(), c[0], c[1], c[2], c[3]));
      }
      return report;
    });
  }

  /** The status the item had at the end of {@code day} (its answer and closing dates in the district's zone). */
  private FeedbackStatus statusOn(Feedback f, LocalDate day) {
    var zone = policies.require(f.district()).document().timeZone();
    if (f.closedAt() != null && !f.closedAt().atZone(zone).toLocalDate().isAfter(day)) {
      return FeedbackStatus.CLOSED;
    }
    if (f.answeredAt() != null && !f.answeredAt().atZone(zone).toLocalDate().isAfter(day)) {
      return FeedbackStatus.ANSWERED;
    }
    return FeedbackStatus.OPEN;
  }

  private Visibility readVisibility(Actor actor) {
    Visibility read = access.visibility(actor, Action.READ_FEEDBACK);
    if (!read.permitted()) {
      access.check(actor, Action.READ_FEEDBACK, new Target.District(actor.district())); // the 403
    }
    return read;
  }

  /** The item as the actor may read it: the school's or district's, or a guardian's own; else not found. */
  private FeedbackItem readable(Actor actor, String feedbackId) {
    Feedback f = find(actor, feedbackId);
    if (f.author().equals(actor.userId())) {
      return view(actor, f, true);
    }
    access.check(actor, Action.READ_FEEDBACK, new Target.School(actor.district(), f.school()));
    return view(actor, f, seesAuthors(actor));
  }

  private Feedback manageable(Actor actor, String feedbackId) {
    Feedback f = find(actor, feedbackId);
    if (!access.visibility(actor, Action.READ_FEEDBACK).includesSchool(f.school())
        && !f.author().equals(actor.userId())) {
      throw new NotFoundException("feedback", feedbackId);
    }
    access.check(actor, Action.ANSWER_FEEDBACK, new Target.School(actor.district(), f.school()));
    return f;
  }

  private Feedback find(Actor actor, String feedbackId) {
    FeedbackId id;
    try {
      id = FeedbackId.of(feedbackId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("feedback", feedbackId);
    }
    return items.byId(actor.district(), id).orElseThrow(() -> new NotFoundException("feedback", id));
  }

  /** Whether the actor sees the authors of anonymous items (the district, for abuse handling). */
  private boolean seesAuthors(Actor actor) {
    return access.visibility(actor, Action.READ_FEEDBACK_AUTHORS).districtWide();
  }

  /**
   * The item as {@code actor} sees it: the author is shown to the author themselves, to the district
   * ({@code authors}: READ_FEEDBACK_AUTHORS), and to the school unless the item is anonymous.
   */
  private FeedbackItem view(Actor actor, Feedback f, boolean authors) {
    boolean showAuthor = f.author().equals(actor.userId()) || !f.anonymous() || authors;
    String name = showAuthor ? users.byId(f.district(), f.author()).map(User::displayName).orElse(null) : null;
    return new FeedbackItem(f, showAuthor ? f.author() : null, name, f.overdueOn(actor.today()));
  }
}
