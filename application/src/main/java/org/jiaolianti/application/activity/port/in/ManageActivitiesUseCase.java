package org.jiaolianti.application.activity.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.OrganiserKind;
import org.jiaolianti.domain.activity.RegistrationMode;
import org.jiaolianti.domain.policy.Collaboration;

/** Creates activities and draws their lotteries (活动报名, 五(一)2). */
public interface ManageActivitiesUseCase {

  /**
   * Creates an activity organised by a school, zone or partner ({@code organiserId}) or the district (no id).
   *
   * @throws org.jiaolianti.application.shared.InvalidInputException if the window closes before it opens, or
   *     an organiser id is missing or given for the district
   * @throws org.jiaolianti.application.shared.NotFoundException if the organiser does not exist in the district
   */
  Activity create(CreateActivityCommand command);

  /**
   * Draws a lottery after its window closed: shuffles the pending registrations (in registration order) with
   * {@code new Random(seed)}, confirms the first {@code capacity} and waitlists the rest in drawn order. The
   * seed (given, or a fresh random one) is recorded with the draw, so anyone can recompute it.
   *
   * @throws org.jiaolianti.application.shared.RuleViolationException if the activity is first-come, already
   *     drawn, or its window is still open (rule LOTTERY_DRAW)
   */
  Activity draw(DrawLotteryCommand command);

  /** A new activity. */
  record CreateActivityCommand(
      @DistrictKey String district,
      @NotNull OrganiserKind organiserKind,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String organiserId,
      @NotBlank @Size(max = 200) String title,
      @Size(max = 2000) String description,
      @NotNull Collaboration collaboration,
      @NotEmpty(message = "{jiaolianti.notEmpty}") Set<@NotNull @Min(1) @Max(12) Integer> eligibleGrades,
      @Min(1) @Max(100000) int capacity,
      @NotNull Instant opensAt,
      @NotNull Instant closesAt,
      @NotNull @Pattern(regexp = "\\d{4}-\\d{4}-[12]", message = "{jiaolianti.term}") String term,
      @NotNull RegistrationMode mode) {}

  /** Draws the lottery of {@code activityId}; {@code seed} null for a fresh random seed. */
  record DrawLotteryCommand(
      @DistrictKey String district,
      @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String activityId,
      @NotBlank @Size(max = 100) String drawnBy,
      Long seed) {}
}
