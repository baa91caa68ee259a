package org.jiaolianti.domain.messaging;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One weekly slot in which a teacher answers guardians (e.g. Tuesday 16:00–17:00, in the office or by
 * phone). A teacher's office hours are the set of their slots, replaced as a whole when set again.
 *
 * <p>中文：教师答疑/接待时间。依据：五(一)2、三(三)2
 *
 * @param place where or how (room, phone), optional
 */
public record OfficeHour(
    OfficeHourId id,
    DistrictCode district,
    UserId teacher,
    SchoolId school,
    DayOfWeek day,
    LocalTime from,
    LocalTime to,
    String place,
    long version) {

  public OfficeHour {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(teacher, "teacher");
    requireNonNull(school, "school");
    requireNonNull(day, "day");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(from.isBefore(to), "an office hour ends after it starts");
    checkArgument(place == null || (!place.isBlank() && place.length() <= 200), "place must be 1-200 characters");
  }
}
