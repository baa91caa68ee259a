package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.application.messaging.port.out.OfficeHours;
import org.jiaolianti.domain.messaging.OfficeHour;
import org.jiaolianti.domain.messaging.OfficeHourId;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.people.User;
import org.junit.jupiter.api.Test;

/** The contract of {@link OfficeHours}: a teacher's slots, replaced as a whole, listed by day and time. */
public abstract class OfficeHoursContract extends PortContract<OfficeHours> {

  protected abstract OfficeHours officeHours();

  @Override
  final OfficeHours newPort() {
    return officeHours();
  }

  @Override
  final List<Record> referencedRecords() {
    List<Record> all = new ArrayList<>(world.townsAndSchools());
    all.addAll(world.guardianAndUsers());
    return all;
  }

  private static OfficeHour slot(User teacher, School school, DayOfWeek day, int hour, String place) {
    return new OfficeHour(OfficeHourId.newId(), XIANGAN, teacher.id(), school.id(), day, LocalTime.of(hour, 0),
        LocalTime.of(hour, 45), place, 0);
  }

  @Test
  void slotsReadBackByDayAndTimeAndAReplacementReplacesThemAll() {
    OfficeHour friday = slot(world.userA, world.schoolA, DayOfWeek.FRIDAY, 16, "三楼" + RARE + "办公室");
    OfficeHour tuesday = slot(world.userA, world.schoolA, DayOfWeek.TUESDAY, 16, null);
    OfficeHour tuesdayEarly = slot(world.userA, world.schoolA, DayOfWeek.TUESDAY, 12, "电话");
    port().replace(XIANGAN, world.userA.id(), List.of(friday, tuesday, tuesdayEarly));

    List<OfficeHour> read = port().ofTeacher(XIANGAN, world.userA.id());
    assertThat(read).extracting(OfficeHour::id).containsExactly(tuesdayEarly.id(), tuesday.id(), friday.id());
    assertSameRecord(read.get(2), friday);
    assertThat(port().ofSchool(XIANGAN, world.schoolA.id())).hasSize(3);
    assertThat(port().ofSchool(XIANGAN, world.schoolB.id())).isEmpty();
    assertThat(port().ofTeacher(HULI, world.userA.id())).isEmpty();

    OfficeHour monday = slot(world.userA, world.schoolA, DayOfWeek.MONDAY, 15, null);
    port().replace(XIANGAN, world.userA.id(), List.of(monday));
    assertThat(port().ofTeacher(XIANGAN, world.userA.id())).extracting(OfficeHour::id).containsExactly(monday.id());

    port().replace(XIANGAN, world.userA.id(), List.of());
    assertThat(port().ofTeacher(XIANGAN, world.userA.id())).isEmpty();
  }

  @Test
  void oneTeachersReplacementLeavesTheOthersSlots() {
    OfficeHour a = slot(world.userA, world.schoolA, DayOfWeek.MONDAY, 16, null);
    OfficeHour b = slot(world.userB, world.schoolA, DayOfWeek.MONDAY, 17, null);
    port().replace(XIANGAN, world.userA.id(), List.of(a));
    port().replace(XIANGAN, world.userB.id(), List.of(b));
    port().replace(XIANGAN, world.userA.id(), List.of());

    assertThat(port().ofSchool(XIANGAN, world.schoolA.id())).extracting(OfficeHour::id).containsExactly(b.id());
  }
}
