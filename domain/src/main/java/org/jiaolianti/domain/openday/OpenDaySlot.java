package org.jiaolianti.domain.openday;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalTime;
import org.jiaolianti.domain.shared.Ids;

/**
 * One time slot of an open day: from {@code start} to {@code end} on the day, for {@code capacity} guardians, of
 * whom {@code booked} hold a booking now (counted by the storage, never above the capacity).
 *
 * <p>中文：开放日预约时段。
 */
public record OpenDaySlot(String id, LocalTime start, LocalTime end, int capacity, int booked) {

  public static final int MAX_CAPACITY = 10_000;

  public OpenDaySlot {
    Ids.check(id, "OpenDaySlot");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(end.isAfter(start), "a slot ends after it starts");
    checkArgument(capacity >= 1 && capacity <= MAX_CAPACITY, "capacity must be 1-%s", MAX_CAPACITY);
    checkArgument(booked >= 0 && booked <= capacity, "booked must be 0-capacity");
  }

  public int remaining() {
    return capacity - booked;
  }
}
