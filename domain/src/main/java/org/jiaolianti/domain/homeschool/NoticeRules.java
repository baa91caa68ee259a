package org.jiaolianti.domain.homeschool;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.policy.HomeSchoolSettings;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * The rules of notices: the guardrails that protect families (quiet hours, a daily cap per class, no
 * pupil's full name in a group notice unless the sender confirms) and what a guardian may do with a
 * receipt. The document (五(一)2) asks for the platform; the guardrails' numbers follow national rules
 * on reducing the burden on families and are local settings of the seed ({@code
 * localSettings.homeSchool}), so their refusals cite 五(一)2 and say that the setting is local.
 *
 * <p>中文：通知规则（免打扰、每班每日上限、姓名保护、回执方式）。依据：五(一)2
 */
public final class NoticeRules {

  /** The clause of the home–school platform (家校互动云平台). */
  public static final ClauseRef CLAUSE = ClauseRef.of("五(一)2");

  public static final String DAILY_CAP = "notice.dailyCapPerClass";
  public static final String STUDENT_NAME = "notice.studentFullName";
  public static final String CONFIRMATION_MODE = "notice.confirmationMode";
  public static final String SIGNATURE_NAME = "notice.signatureName";
  public static final String QUIET_HOURS = "notice.quietHours";

  private NoticeRules() {}

  /** The names of the rules in force. */
  public static List<String> allCurrentRules() {
    return List.of(QUIET_HOURS, DAILY_CAP, STUDENT_NAME, CONFIRMATION_MODE, SIGNATURE_NAME);
  }

  /**
   * Quiet hours (免打扰): when a notice published at {@code now} reaches guardians. An urgent notice goes at
   * once; any other published in the quiet hours is held until they end (the next {@code quietTo} in the
   * district's zone).
   */
  public static Instant releaseAt(HomeSchoolSettings settings, ZoneId zone, Instant now, boolean urgent) {
    requireNonNull(settings, "settings");
    ZonedDateTime local = now.atZone(zone);
    if (urgent || !settings.isQuiet(local.toLocalTime())) {
      return now;
    }
    LocalDateTime end = local.toLocalDate().atTime(settings.quietTo());
    if (!end.isAfter(local.toLocalDateTime())) {
      end = end.plusDays(1);
    }
    return end.atZone(zone).toInstant();
  }

  /**
   * The daily cap per class (每班每日通知上限): a non-urgent notice is refused if {@code schoolClass} has
   * already received {@code alreadyThatDay} non-urgent notices on the day it would reach it.
   */
  public static Decision dailyCap(HomeSchoolSettings settings, SchoolClass schoolClass, boolean urgent,
      long alreadyThatDay) {
    if (urgent || alreadyThatDay < settings.dailyNoticeCapPerClass()) {
      return Decision.allowed();
    }
    int cap = settings.dailyNoticeCapPerClass();
    return Decision.rejected(DAILY_CAP, Bilingual.of(
        "该班级当日已收到 " + alreadyThatDay + " 条通知，已达每班每日上限 " + cap
            + " 条（本地设置，依据国家关于减轻家长负担的有关规定，非原文）；紧急通知不受此限",
        "the class has already received " + alreadyThatDay + " notices that day, the daily cap per class of " + cap
            + " (a local setting following national rules on the burden on families, not the document);"
            + " urgent notices are exempt"), CLAUSE);
  }

  /**
   * Names protection (姓名保护): a notice to a group whose text contains the full name of a student of that
   * group is refused unless the sender confirms. Names of one character are not searched (they would match
   * ordinary words).
   */
  public static Decision studentNames(String text, Collection<Student> group, boolean confirmed) {
    if (confirmed) {
      return Decision.allowed();
    }
    Optional<Student> named = namedStudent(text, group);
    if (named.isEmpty()) {
      return Decision.allowed();
    }
    String masked = named.get().maskedName();
    return Decision.rejected(STUDENT_NAME, Bilingual.of(
        "通知内容含有该群体中学生的全名（" + masked + "）；如确需发送，请确认（confirmNamesStudent: true），确认将被记录"
            + "（依据国家关于保护未成年人个人信息的有关规定，非原文）",
        "the text contains the full name of a student of the audience (" + masked + "); confirm to send anyway"
            + " (confirmNamesStudent: true), which is recorded (national rules on minors' personal information,"
            + " not the document)"), CLAUSE);
  }

  /** The first student of {@code group} whose full name (two characters or more) occurs in {@code text}. */
  public static Optional<Student> namedStudent(String text, Collection<Student> group) {
    return group.stream()
        .filter(s -> s.name().codePointCount(0, s.name().length()) >= 2 && text.contains(s.name()))
        .findFirst();
  }

  /** What a guardian does with a receipt. */
  public enum ReceiptAction {
    READ,
    CONFIRM,
    SIGN
  }

  /**
   * Receipt actions follow the notice's mode: anyone may read; click-to-confirm is confirmed by a click,
   * sign-to-confirm only by a signature.
   */
  public static Decision canDo(ConfirmationMode mode, ReceiptAction action) {
    boolean ok = switch (action) {
      case READ -> true;
      case CONFIRM -> mode == ConfirmationMode.CLICK_TO_CONFIRM;
      case SIGN -> mode == ConfirmationMode.SIGN_TO_CONFIRM;
    };
    return ok ? Decision.allowed() : Decision.rejected(CONFIRMATION_MODE, Bilingual.of(
        "该通知的回执方式为 " + mode + "，不能执行 " + action,
        "the notice asks for " + mode + ", so " + action + " does not apply"), CLAUSE);
  }

  /** A signature is the guardian's own name as recorded. */
  public static Decision signature(String guardianName, String typed) {
    if (typed != null && typed.strip().equals(guardianName.strip())) {
      return Decision.allowed();
    }
    return Decision.rejected(SIGNATURE_NAME, Bilingual.of("签名须为家长本人登记的姓名",
        "the signature must be the guardian's name as recorded"), CLAUSE);
  }
}
