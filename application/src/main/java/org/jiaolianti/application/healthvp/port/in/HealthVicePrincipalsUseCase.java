package org.jiaolianti.application.healthvp.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipal;
import org.jiaolianti.domain.organization.School;

/**
 * Health vice-principals (健康副校长, 三(二)5 "支持医务人员担任中小学校健康副校长"): the district appoints a medical
 * professional of a partner institution to a school for a period and ends appointments; the district, its
 * mental-health officer and unit officers read all, a school's leaders their own school's; the report lists the
 * schools open on a day without one serving.
 *
 * <p>中文：健康副校长的聘任、结束与未配备学校统计。依据：三(二)5
 */
public interface HealthVicePrincipalsUseCase {

  HealthVicePrincipal appoint(Actor actor, AppointCommand command);

  HealthVicePrincipal end(Actor actor, EndCommand command);

  /** The appointments the actor sees, optionally of one school and/or serving on a day, oldest first. */
  List<HealthVicePrincipal> list(Actor actor, String schoolId, LocalDate activeOn);

  /** The schools (the actor sees) open on {@code on} without a health vice-principal serving, by code. */
  List<School> schoolsWithout(Actor actor, LocalDate on);

  record AppointCommand(
      @RecordId String schoolId,
      @NotBlank @Size(max = HealthVicePrincipal.MAX_NAME) String name,
      @RecordId String institutionId,
      @Size(min = 1, max = 100) String professionalTitle,
      @NotNull LocalDate from,
      LocalDate to) {}

  record EndCommand(@RecordId String appointmentId, @NotNull LocalDate lastDay) {}
}
