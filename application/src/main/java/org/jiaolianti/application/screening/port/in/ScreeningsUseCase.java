package org.jiaolianti.application.screening.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaign;
import org.jiaolianti.domain.mentalhealth.ScreeningResult;
import org.jiaolianti.domain.people.StudentId;

/**
 * Screening campaigns and results (心理普测, 五(二)2). MANAGE_SCREENINGS creates a campaign of a school (one per
 * school, term and scale of the seed); READ_SCREENINGS reads campaigns with counts only and the students due for
 * screening; RECORD_SCREENING_RESULTS imports results, all or nothing, every failing row named by index
 * ({@code results[3].score}); READ_SCREENING_RESULTS reads each student's result. Every import and every results
 * read writes an audit event on {@code SCREENING_CAMPAIGN}/the campaign id (DENIED too). Re-importing a student of
 * the campaign replaces their result (idempotent). A result suggests a level from the seed's bands; it never sets
 * one.
 *
 * <p>中文：心理普测批次与结果。依据：五(二)2
 */
public interface ScreeningsUseCase {

  /** At most this many rows per import. */
  int MAX_ROWS = 2000;

  ScreeningCampaign create(Actor actor, CreateCampaignCommand command);

  /** The campaigns the actor may read, newest window first; optionally of one school and/or one term. */
  List<ScreeningCampaign> list(Actor actor, String schoolId, String term);

  /** One campaign with its counts (never a student's result). */
  SeenCampaign get(Actor actor, String campaignId);

  /** Imports results into a campaign, all or nothing; audited. */
  ImportReport importResults(Actor actor, String campaignId, ImportResultsCommand command);

  /** Each student's result of a campaign, by student id; audited. */
  List<SeenResult> results(Actor actor, String campaignId);

  /** The students of a school due for screening on {@code on} per the seed interval, by student id. */
  List<DueStudent> due(Actor actor, String schoolId, LocalDate on);

  record CreateCampaignCommand(
      @RecordId String schoolId,
      @NotNull @Pattern(regexp = "\\d{4}-\\d{4}-[12]", message = "{jiaolianti.term}") String term,
      @NotBlank @Size(max = 40) String scale,
      @NotNull LocalDate opensOn,
      @NotNull LocalDate closesOn) {}

  record ResultRow(
      @RecordId String studentId,
      @NotNull @Digits(integer = 5, fraction = 2) BigDecimal score,
      @NotNull LocalDate takenOn) {}

  record ImportResultsCommand(@NotEmpty @Size(max = MAX_ROWS) List<@Valid @NotNull ResultRow> results) {}

  /**
   * What a campaign's results add up to: screened students, per suggested level (every level of the seed, in order,
   * zero included) and those whose score lies in no band. Nothing is suppressed here (the aggregate report does).
   */
  record Counts(long screened, Map<String, Long> bySuggestedLevel, long withoutSuggestion) {}

  record SeenCampaign(ScreeningCampaign campaign, Counts counts) {}

  /** @param suggestedLevel the level of the seed band the score lies in, or null */
  record SeenResult(ScreeningResult result, String suggestedLevel) {}

  /** @param replaced how many of the imported students already had a result, now replaced */
  record ImportReport(ScreeningCampaign campaign, int imported, int replaced, Counts counts) {}

  /** @param lastScreenedOn the latest result's date, or null: never screened */
  record DueStudent(StudentId studentId, String maskedName, LocalDate lastScreenedOn) {}
}
