package org.jiaolianti.domain.mentalhealth;

import java.time.Instant;
import java.util.Collection;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.Decision;

/**
 * Break-glass rules: a reason of at least {@value BreakGlass#MIN_REASON} characters; one active access per user and
 * student; only an active access is stopped; notes are reachable only while one is active.
 *
 * <p>中文：紧急调阅规则。依据：五(二)2
 */
public final class BreakGlassRules {

  private BreakGlassRules() {}

  public static Decision mayStart(Collection<BreakGlass> ofUser, UserId user, StudentId student, String reason,
      Instant at) {
    if (reason == null || reason.strip().length() < BreakGlass.MIN_REASON) {
      return Decision.rejected("BREAK_GLASS_REASON_REQUIRED", Bilingual.of("紧急调阅须说明事由（至少 "
          + BreakGlass.MIN_REASON + " 个字）", "break-glass needs a reason of at least " + BreakGlass.MIN_REASON
          + " characters"), MentalHealthFileRules.CLAUSE);
    }
    if (active(ofUser, user, student, at)) {
      return Decision.rejected("BREAK_GLASS_ALREADY_ACTIVE", Bilingual.of("对该学生的紧急调阅仍在有效期内",
          "a break-glass access to this student is already active"), MentalHealthFileRules.CLAUSE);
    }
    return Decision.allowed();
  }

  public static Decision mayStop(BreakGlass access, Instant at) {
    if (!access.activeAt(at)) {
      return Decision.rejected("BREAK_GLASS_NOT_ACTIVE", Bilingual.of("该紧急调阅已结束", "the break-glass access has ended"),
          MentalHealthFileRules.CLAUSE);
    }
    return Decision.allowed();
  }

  /** Whether {@code user} holds an active break-glass access to {@code student} at {@code at}. */
  public static boolean active(Collection<BreakGlass> accesses, UserId user, StudentId student, Instant at) {
    return accesses.stream().anyMatch(b -> b.user().equals(user) && b.student().equals(student) && b.activeAt(at));
  }
}
