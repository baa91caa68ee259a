package org.jiaolianti.adapters.rest.activity;

import java.time.Instant;
import java.util.List;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.LotteryDraw;
import org.jiaolianti.domain.activity.Registration;

/** The JSON shapes of activities and registrations. */
final class ActivityViews {

  private ActivityViews() {}

  /** A lottery draw: the recorded seed reproduces it ({@code new java.util.Random(seed)}, Fisher–Yates). */
  record DrawView(long seed, Instant drawnAt, String drawnBy, int entrants) {
    static DrawView of(LotteryDraw d) {
      return d == null ? null : new DrawView(d.seed(), d.drawnAt(), d.drawnBy(), d.entrants());
    }
  }

  /** An activity, with its places taken and the remaining ones. */
  record ActivityView(String id, String organiserKind, String organiserId, String title, String description,
      String collaboration, List<Integer> eligibleGrades, int capacity, int confirmed, int remaining,
      Instant opensAt, Instant closesAt, String term, String mode, DrawView draw, long version) {
    static ActivityView of(Activity a) {
      return new ActivityView(a.id().value(), a.organiserKind().name(), a.organiserId(), a.title(), a.description(),
          a.collaboration().name(), List.copyOf(a.eligibleGrades()), a.capacity(), a.confirmed(),
          a.capacity() - a.confirmed(), a.opensAt(), a.closesAt(), a.term().value(), a.mode().name(),
          DrawView.of(a.draw()), a.version());
    }
  }

  /** A registration; {@code position} is its place in the queue (the waitlist moves up lowest first). */
  record RegistrationView(String id, String activityId, String studentId, String status, long position,
      Instant registeredAt, String registeredBy, Instant cancelledAt, String cancelledBy, long version) {
    static RegistrationView of(Registration r) {
      return new RegistrationView(r.id().value(), r.activity().value(), r.student().value(), r.status().name(),
          r.position(), r.registeredAt(), r.registeredBy(), r.cancelledAt(), r.cancelledBy(), r.version());
    }
  }
}
