package org.jiaolianti.domain.mentor;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Ids;

/** Hours a mentor served on one day: 0.5 to 12, in half hours. Added only. 中文：导师服务时长记录。 */
public record MentorHours(String id, DistrictCode district, ParentMentorId mentor, LocalDate on, BigDecimal hours,
    String note, UserId loggedBy, Instant loggedAt) {

  public static final BigDecimal MIN = new BigDecimal("0.5");
  public static final BigDecimal MAX = new BigDecimal("12");
  public static final int MAX_NOTE = 500;

  public MentorHours {
    Ids.check(id, "MentorHours");
    requireNonNull(district, "district");
    requireNonNull(mentor, "mentor");
    requireNonNull(on, "on");
    requireNonNull(hours, "hours");
    checkArgument(hours.compareTo(MIN) >= 0 && hours.compareTo(MAX) <= 0, "hours must be 0.5-12");
    checkArgument(hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0, "hours count in half hours");
    hours = hours.setScale(1, RoundingMode.UNNECESSARY);
    checkArgument(note == null || note.length() <= MAX_NOTE, "note must be at most %s characters", MAX_NOTE);
    requireNonNull(loggedBy, "loggedBy");
    requireNonNull(loggedAt, "loggedAt");
  }
}
