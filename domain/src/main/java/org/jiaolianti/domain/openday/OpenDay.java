package org.jiaolianti.domain.openday;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * An open day or reception day a school schedules on {@code date} at {@code place}, with its slots (by start
 * time). Bookings close when a slot starts, or at {@code bookingClosesAt} if that is earlier (a cut-off the
 * school may set, e.g. the evening before).
 *
 * <p>中文：家长开放日/家长接待日。依据：五(一)3，三(三)2
 *
 * @param bookingClosesAt the cut-off for booking every slot, or null (then each slot's start)
 */
public record OpenDay(OpenDayId id, DistrictCode district, SchoolId school, OpenDayKind kind, String title,
    LocalDate date, String place, Instant bookingClosesAt, List<OpenDaySlot> slots, UserId createdBy,
    Instant createdAt) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_PLACE = 200;
  public static final int MAX_SLOTS = 50;

  public OpenDay {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(kind, "kind");
    checkArgument(title != null && !title.isBlank() && title.length() <= MAX_TITLE, "title must be 1-%s characters",
        MAX_TITLE);
    requireNonNull(date, "date");
    checkArgument(place != null && !place.isBlank() && place.length() <= MAX_PLACE, "place must be 1-%s characters",
        MAX_PLACE);
    requireNonNull(slots, "slots");
    checkArgument(!slots.isEmpty() && slots.size() <= MAX_SLOTS, "an open day has 1-%s slots", MAX_SLOTS);
    slots = List.copyOf(slots);
    checkArgument(new HashSet<>(slots.stream().map(OpenDaySlot::id).toList()).size() == slots.size(),
        "slot ids are unique");
    requireNonNull(createdBy, "createdBy");
    requireNonNull(createdAt, "createdAt");
  }

  public Optional<OpenDaySlot> slot(String slotId) {
    return slots.stream().filter(s -> s.id().equals(slotId)).findFirst();
  }
}
