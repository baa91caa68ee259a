package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Break-glass access: a user (e.g. the district mental-health officer) opens one named student's file notes for a
 * stated reason, from {@code startedAt} until {@code expiresAt} (start + the seed's {@code breakGlassMinutes}, default
 * 60) or an explicit stop, whichever is first. The application audits the start and the stop and notifies the
 * school's mental-health lead. {@code reason} is the justification shown in the audit trail (no clinical content).
 *
 * <p>中文：紧急调阅（破窗访问）：指定学生、说明事由、自动到期。依据：五(二)2（需知原则；时长为本地设置）
 */
public record BreakGlass(BreakGlassId id, DistrictCode district, UserId user, StudentId student, String reason,
    Instant startedAt, Instant expiresAt, Instant stoppedAt, long version) {

  public static final int MIN_REASON = 10;
  public static final int MAX_REASON = 500;
  /** The stored reason's limit: the application keeps it sealed (AES-GCM, base64), longer than its text. */
  public static final int MAX_STORED_REASON = 4000;

  public BreakGlass {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(user, "user");
    requireNonNull(student, "student");
    checkArgument(reason != null && reason.strip().length() >= MIN_REASON && reason.length() <= MAX_STORED_REASON,
        "a break-glass reason must be %s-%s characters", MIN_REASON, MAX_REASON);
    requireNonNull(startedAt, "startedAt");
    requireNonNull(expiresAt, "expiresAt");
    checkArgument(expiresAt.isAfter(startedAt), "a break-glass access expires after it starts");
    checkArgument(stoppedAt == null || !stoppedAt.isBefore(startedAt), "a break-glass access stops after it starts");
    checkArgument(version >= 0, "version must be >= 0");
  }

  /** Starts at {@code at}, expiring after the seed's minutes. Check {@link BreakGlassRules#mayStart} first. */
  public static BreakGlass start(BreakGlassId id, DistrictCode district, UserId user, StudentId student, String reason,
      Instant at, MentalHealthSettings settings) {
    return new BreakGlass(id, district, user, student, reason, at,
        at.plus(Duration.ofMinutes(settings.breakGlassMinutes())), null, 0);
  }

  /** The same access with {@code stored} as its reason (the application seals and opens the text). */
  public BreakGlass withReason(String stored) {
    return new BreakGlass(id, district, user, student, stored, startedAt, expiresAt, stoppedAt, version);
  }

  /** The context a sealed reason is bound to: this access of this district. */
  public static String reasonContext(DistrictCode district, BreakGlassId id) {
    return "BREAK_GLASS:" + district.value() + ":" + id.value() + ":reason";
  }

  /** Stopped explicitly at {@code at}; check {@link BreakGlassRules#mayStop} first. */
  public BreakGlass stopped(Instant at) {
    checkState(activeAt(at), "break-glass %s is not active at %s", id, at);
    return new BreakGlass(id, district, user, student, reason, startedAt, expiresAt, at, version);
  }

  /** Active from the start (inclusive) until the expiry or the stop (exclusive). */
  public boolean activeAt(Instant at) {
    return !at.isBefore(startedAt) && at.isBefore(expiresAt) && (stoppedAt == null || at.isBefore(stoppedAt));
  }

  /** When the access ended or will end: the stop if earlier than the expiry. */
  public Instant endsAt() {
    return stoppedAt != null && stoppedAt.isBefore(expiresAt) ? stoppedAt : expiresAt;
  }
}
