package org.jiaolianti.domain.instructor;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Ids;

/**
 * One service an instructor delivered on one day, at a school or at a partner (exactly one of the two), for an
 * audience of {@code audience} people, with a short note that must not carry personal data of families. Added
 * only.
 *
 * <p>中文：家庭教育指导服务记录。依据：五(一)4
 */
public record DeliveredService(String id, DistrictCode district, InstructorId instructor, ServiceKind kind,
    LocalDate on, BigDecimal hours, SchoolId school, PartnerId partner, int audience, String note, UserId loggedBy,
    Instant loggedAt) {

  public static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
  public static final BigDecimal MAX_HOURS = new BigDecimal("12");
  public static final int MAX_AUDIENCE = 100_000;
  public static final int MAX_NOTE = 200;

  public DeliveredService {
    Ids.check(id, "DeliveredService");
    requireNonNull(district, "district");
    requireNonNull(instructor, "instructor");
    requireNonNull(kind, "kind");
    requireNonNull(on, "on");
    requireNonNull(hours, "hours");
    checkArgument(InstructorRules.hoursInRange(hours), "hours must be 0.5-12 in half hours");
    hours = hours.setScale(1, RoundingMode.UNNECESSARY);
    checkArgument((school == null) != (partner == null), "a service is delivered at a school or at a partner");
    checkArgument(audience >= 0 && audience <= MAX_AUDIENCE, "audience must be 0-%s", MAX_AUDIENCE);
    checkArgument(note == null || note.length() <= MAX_NOTE, "note must be at most %s characters", MAX_NOTE);
    requireNonNull(loggedBy, "loggedBy");
    requireNonNull(loggedAt, "loggedAt");
  }
}
