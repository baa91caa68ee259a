package org.jiaolianti.domain.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * How long audit events are kept: at least {@value #FLOOR_MONTHS} months (the legal floor for access logs,
 * 《网络安全法》第二十一条, which issue 6 adopts), longer by configuration, never shorter.
 *
 * <p>中文：审计记录保存期限（不少于六个月）。依据：五(二)（医教互促，全程留痕）。
 *
 * @param months how many months events are kept at least
 */
public record AuditRetention(int months) {

  public static final int FLOOR_MONTHS = 6;
  public static final ClauseRef CLAUSE = ClauseRef.of("五(二)");
  public static final AuditRetention FLOOR = new AuditRetention(FLOOR_MONTHS);

  public AuditRetention {
    checkArgument(months >= FLOOR_MONTHS && months <= 1200,
        "audit retention must be %s months or longer (was %s)", FLOOR_MONTHS, months);
  }

  /** The first day whose events must still be kept, seen on {@code today}. */
  public LocalDate keptFrom(LocalDate today) {
    return today.minusMonths(months);
  }

  /** Purging the events before {@code olderThan} is allowed only if that day is not inside the retention. */
  public Decision mayPurge(LocalDate olderThan, LocalDate today) {
    requireNonNull(olderThan, "olderThan");
    if (olderThan.isAfter(keptFrom(today))) {
      return Decision.rejected("AUDIT_RETENTION", Bilingual.of(
          "审计记录须保存至少 " + months + " 个月：只能清理 " + keptFrom(today) + " 之前的记录",
          "audit events are kept at least " + months + " months: only events before " + keptFrom(today)
              + " may be purged"), CLAUSE);
    }
    return Decision.allowed();
  }
}
