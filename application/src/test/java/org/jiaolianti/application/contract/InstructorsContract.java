package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.instructor.port.out.Instructors;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.instructor.DeliveredService;
import org.jiaolianti.domain.instructor.Instructor;
import org.jiaolianti.domain.instructor.InstructorId;
import org.jiaolianti.domain.instructor.InstructorTier;
import org.jiaolianti.domain.instructor.ServiceKind;
import org.jiaolianti.domain.instructor.ServiceTotal;
import org.jiaolianti.domain.instructor.Specialty;
import org.jiaolianti.domain.shared.Ids;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Instructors}: instructors of every tier are added and read back (specialties included)
 * in registration order per district; retiring bumps the version and keeps the record; a stale version is a
 * conflict; services are added only and read back per instructor; the per-school totals count the services at
 * schools within the date range, both ends included.
 */
public abstract class InstructorsContract extends PortContract<Instructors> {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  protected abstract Instructors instructors();

  @Override
  final Instructors newPort() {
    return instructors();
  }

  @Override
  final List<Record> referencedRecords() {
    List<Record> all = new ArrayList<>(world.townsSchoolsAndPartners());
    all.addAll(world.guardianAndUsers());
    return all;
  }

  private Instructor district(long second) {
    return Instructor.register(InstructorId.newId(), XIANGAN, "区级专家" + RARE, InstructorTier.DISTRICT, null, null,
        EnumSet.of(Specialty.MENTAL_HEALTH, Specialty.FAMILY_VALUES), world.userA.id(), world.userA.id(),
        NOW.plusSeconds(second));
  }

  private Instructor school(long second) {
    return Instructor.register(InstructorId.newId(), XIANGAN, "骨干教师", InstructorTier.SCHOOL, world.schoolA.id(),
        null, Set.of(Specialty.SCIENTIFIC_PARENTING), null, world.userA.id(), NOW.plusSeconds(second));
  }

  private Instructor community(long second) {
    return Instructor.register(InstructorId.newId(), XIANGAN, "社区律师", InstructorTier.COMMUNITY, null,
        world.community.id(), EnumSet.allOf(Specialty.class), null, world.userA.id(), NOW.plusSeconds(second));
  }

  private DeliveredService service(Instructor i, ServiceKind kind, LocalDate on, String hours, boolean atSchool,
      int audience, long second) {
    return new DeliveredService(Ids.newId(), XIANGAN, i.id(), kind, on, new BigDecimal(hours),
        atSchool ? world.schoolA.id() : null, atSchool ? null : world.community.id(), audience,
        "家长课堂" + RARE, world.userA.id(), NOW.plusSeconds(second));
  }

  @Test
  void instructorsOfEveryTierReadBackInRegistrationOrderPerDistrict() {
    Instructor c = community(20);
    Instructor s = school(10);
    Instructor d = district(0);
    port().add(c);
    port().add(s);
    port().add(d);
    List<Instructor> read = port().ofDistrict(XIANGAN);
    assertThat(read).extracting(Instructor::id).containsExactly(d.id(), s.id(), c.id());
    assertSameRecord(read.get(0), d);
    assertSameRecord(read.get(1), s);
    assertSameRecord(read.get(2), c);
    assertThat(read.get(2).specialties()).containsExactlyInAnyOrder(Specialty.values());
    assertSameRecord(port().byId(XIANGAN, s.id()).orElseThrow(), s);
    assertThat(port().ofDistrict(HULI)).isEmpty();
    assertThat(port().byId(HULI, d.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(d));
  }

  @Test
  void retiringKeepsTheRecord_aStaleVersionIsAConflict() {
    Instructor i = school(0);
    port().add(i);
    Instructor retired = port().update(i.retired(world.userA.id(), "调离本校" + RARE, NOW.plusSeconds(60)));
    assertThat(retired.version()).isEqualTo(1);
    Instructor stored = port().byId(XIANGAN, i.id()).orElseThrow();
    assertSameRecord(stored, retired);
    assertThat(stored.active()).isFalse();
    assertThat(stored.retireReason()).isEqualTo("调离本校" + RARE);
    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> port().update(i.retired(world.userA.id(), "again", NOW)));
    assertThatThrownBy(() -> port().update(district(5).retired(world.userA.id(), "x", NOW)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void servicesAreAddedAndReadBackPerInstructor() {
    Instructor i = district(0);
    Instructor other = school(1);
    port().add(i);
    port().add(other);
    DeliveredService later = service(i, ServiceKind.LECTURE_TOUR, DAY, "12", true, 300, 10);
    DeliveredService earlier = service(i, ServiceKind.INDIVIDUAL_GUIDANCE, DAY, "0.5", false, 1, 0);
    port().addService(later);
    port().addService(earlier);
    List<DeliveredService> read = port().services(XIANGAN, i.id());
    assertThat(read).hasSize(2);
    assertSameRecord(read.get(0), earlier);
    assertSameRecord(read.get(1), later);
    assertThat(read.get(1).hours()).isEqualByComparingTo("12");
    assertThat(port().services(XIANGAN, other.id())).isEmpty();
    assertThat(port().services(HULI, i.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().addService(earlier));
  }

  @Test
  void serviceTotalsCountServicesAtSchoolsWithinTheRangeBothEndsIncluded() {
    Instructor i = district(0);
    Instructor j = school(1);
    port().add(i);
    port().add(j);
    port().addService(service(i, ServiceKind.LECTURE_TOUR, DAY, "2", true, 100, 0));
    port().addService(service(j, ServiceKind.LECTURE_TOUR, DAY.plusDays(6), "1.5", true, 50, 1));
    port().addService(service(j, ServiceKind.DEMONSTRATION, DAY.plusDays(3), "3", true, 20, 2));
    port().addService(service(j, ServiceKind.RESEARCH, DAY.plusDays(3), "4", false, 0, 3)); // at a partner
    port().addService(service(j, ServiceKind.LECTURE_TOUR, DAY.plusDays(7), "1", true, 10, 4)); // after the range
    port().addService(service(j, ServiceKind.LECTURE_TOUR, DAY.minusDays(1), "1", true, 10, 5)); // before it

    List<ServiceTotal> totals = port().serviceTotals(XIANGAN, DAY, DAY.plusDays(6));

    assertThat(totals).hasSize(2);
    assertThat(totals.get(0).kind()).isEqualTo(ServiceKind.LECTURE_TOUR);
    assertThat(totals.get(0).school()).isEqualTo(world.schoolA.id());
    assertThat(totals.get(0).services()).isEqualTo(2);
    assertThat(totals.get(0).hours()).isEqualByComparingTo("3.5");
    assertThat(totals.get(0).audience()).isEqualTo(150);
    assertThat(totals.get(1).kind()).isEqualTo(ServiceKind.DEMONSTRATION);
    assertThat(totals.get(1).services()).isEqualTo(1);
    assertThat(totals.get(1).hours()).isEqualByComparingTo("3");
    assertThat(port().serviceTotals(HULI, DAY, DAY.plusDays(6))).isEmpty();
    assertThat(port().serviceTotals(XIANGAN, DAY.plusDays(100), DAY.plusDays(200))).isEmpty();
  }

  @Test
  void thePortHasNoWayToRemoveAnInstructorOrAService() {
    assertThat(Arrays.stream(Instructors.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "byId", "ofDistrict", "update", "addService", "services", "serviceTotals");
  }
}
