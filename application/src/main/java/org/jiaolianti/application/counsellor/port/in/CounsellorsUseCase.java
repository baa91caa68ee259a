package org.jiaolianti.application.counsellor.port.in;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.mentalhealth.CounsellorPost;
import org.jiaolianti.domain.mentalhealth.PostKind;
import org.jiaolianti.domain.mentalhealth.TrainingRecord;
import org.jiaolianti.domain.organization.School;

/**
 * The counsellor team (心理健康教师队伍, 五(二)3 "重视心理健康教师队伍建设"): the district (its admin and its
 * mental-health officer) and a school's admin register counsellor posts (a user holding the COUNSELLOR role,
 * full- or part-time, for a period), end them and mark the school's mental-health lead (one per school at a time);
 * training records (hours, topics) are logged per counsellor, by the district or the counsellor themself; the
 * coverage report gives the schools with and without a mental-health teacher on a day against the seed target.
 *
 * <p>中文：心理健康教师岗位、培训记录与配备率统计。依据：五(二)3
 */
public interface CounsellorsUseCase {

  CounsellorPost register(Actor actor, RegisterCommand command);

  CounsellorPost end(Actor actor, EndCommand command);

  /** Marks ({@code lead = true}) or unmarks the post as its school's mental-health lead. */
  CounsellorPost setLead(Actor actor, LeadCommand command);

  /** The posts the actor sees, optionally of one school and/or active on a day. */
  List<CounsellorPost> list(Actor actor, String schoolId, LocalDate activeOn);

  TrainingRecord logTraining(Actor actor, TrainingCommand command);

  /** The training records of the post's counsellor, by day. */
  List<TrainingRecord> trainings(Actor actor, String postId);

  /** The coverage of the schools open on {@code on} (counts and school names only). */
  Coverage coverage(Actor actor, LocalDate on);

  record RegisterCommand(
      @RecordId String schoolId,
      @RecordId String counsellorId,
      @NotNull PostKind kind,
      boolean lead,
      @NotNull LocalDate from,
      LocalDate to) {}

  record EndCommand(@RecordId String postId, @NotNull LocalDate lastDay) {}

  record LeadCommand(@RecordId String postId, boolean lead) {}

  record TrainingCommand(
      @RecordId String postId,
      @NotNull LocalDate on,
      @NotNull @DecimalMin("0.5") @DecimalMax("200") BigDecimal hours,
      @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 100) String> topics) {}

  /**
   * The coverage report: the schools (open on {@code on}, by code) with a full-time teacher, with part-time ones
   * only and without any; the share covered, the seed target and the gap (target − share, never below 0).
   */
  record Coverage(LocalDate on, List<School> withFullTime, List<School> withPartTimeOnly, List<School> without,
      BigDecimal share, BigDecimal target, BigDecimal gap, boolean met) {}
}
