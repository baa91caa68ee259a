package org.jiaolianti.domain.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The home–school figures of one school (or, added up, of a zone or the district) over a date range. Rates
 * are derived, never stored, and are empty when there is nothing to divide by (no receipt, no enrolled
 * student, no answered feedback) rather than a misleading 0.
 *
 * <p>中文：家校互动数据（学校、片区、全区）。依据：五(一)2、三(三)3、五(一)3
 *
 * @param receipts notice receipts of notices released in the range (one per guardian and notice; a receipt
 *     concerning children of two schools counts for both)
 * @param read receipts read
 * @param confirmationsRequested receipts of notices that ask for a click or a signature
 * @param confirmed of those, receipts confirmed
 * @param registrations activity registrations made in the range and confirmed (not cancelled, not waitlisted)
 * @param participants distinct students with such a registration
 * @param enrolled students on the roll (the base of the participation rate)
 * @param feedbackSubmitted guardian feedback items submitted in the range
 * @param feedbackAnswered of those, answered (or answered and closed)
 * @param responseMinutes total minutes from submission to answer, over the answered items
 * @param overdueOpen of those submitted, still open after their due date on the report's date
 * @param answeredLate of those answered, answered after their due date
 * @param mentorHours parent-mentor hours logged on days in the range
 * @param guidanceCompletions guidance-column items (or lessons) completed in the range
 * @param guidanceLearners distinct guardians who completed something in the range (per school; a guardian
 *     with children at two schools counts at both)
 */
public record HomeSchoolFigures(
    long receipts,
    long read,
    long confirmationsRequested,
    long confirmed,
    long registrations,
    long participants,
    long enrolled,
    long feedbackSubmitted,
    long feedbackAnswered,
    long responseMinutes,
    long overdueOpen,
    long answeredLate,
    BigDecimal mentorHours,
    long guidanceCompletions,
    long guidanceLearners) {

  public static final HomeSchoolFigures NONE =
      new HomeSchoolFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0);

  public HomeSchoolFigures {
    requireNonNull(mentorHours, "mentorHours");
    checkArgument(receipts >= 0 && read >= 0 && confirmationsRequested >= 0 && confirmed >= 0 && registrations >= 0
        && participants >= 0 && enrolled >= 0 && feedbackSubmitted >= 0 && feedbackAnswered >= 0
        && responseMinutes >= 0 && overdueOpen >= 0 && answeredLate >= 0 && mentorHours.signum() >= 0
        && guidanceCompletions >= 0 && guidanceLearners >= 0, "figures are counts, never negative");
    checkArgument(read <= receipts && confirmationsRequested <= receipts && confirmed <= confirmationsRequested,
        "read and confirmed receipts are part of the receipts");
    checkArgument(feedbackAnswered <= feedbackSubmitted && overdueOpen <= feedbackSubmitted
        && answeredLate <= feedbackAnswered, "answered and overdue items are part of the submitted ones");
  }

  /** These figures and {@code other}'s, added up (a zone from its schools, the district from all). */
  public HomeSchoolFigures plus(HomeSchoolFigures other) {
    return new HomeSchoolFigures(receipts + other.receipts, read + other.read,
        confirmationsRequested + other.confirmationsRequested, confirmed + other.confirmed,
        registrations + other.registrations, participants + other.participants, enrolled + other.enrolled,
        feedbackSubmitted + other.feedbackSubmitted, feedbackAnswered + other.feedbackAnswered,
        responseMinutes + other.responseMinutes, overdueOpen + other.overdueOpen, answeredLate + other.answeredLate,
        mentorHours.add(other.mentorHours), guidanceCompletions + other.guidanceCompletions,
        guidanceLearners + other.guidanceLearners);
  }

  /** Read receipts of all receipts, 0–1 to four places. */
  public Optional<BigDecimal> readRate() {
    return share(read, receipts);
  }

  /** Confirmed receipts of those asked to confirm, 0–1. */
  public Optional<BigDecimal> confirmRate() {
    return share(confirmed, confirmationsRequested);
  }

  /** Students with a confirmed registration of the enrolled students, 0–1. */
  public Optional<BigDecimal> participationRate() {
    return share(Math.min(participants, enrolled), enrolled);
  }

  /** Mean hours from submission to answer over the answered items, to one decimal. */
  public Optional<BigDecimal> averageResponseHours() {
    if (feedbackAnswered == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(responseMinutes)
        .divide(BigDecimal.valueOf(feedbackAnswered * 60L), 1, RoundingMode.HALF_UP));
  }

  private static Optional<BigDecimal> share(long part, long whole) {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
  }
}
