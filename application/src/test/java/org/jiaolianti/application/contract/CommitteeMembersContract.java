package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.ISSUED;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.organization.port.out.CommitteeMembers;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberId;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CommitteeMembers}: members of the schools' co-education committees, ended and
 * voided ones kept, updated under optimistic versioning.
 *
 * <p>To run it against your storage, extend it in your test sources and implement
 * {@link #committeeMembers()} to return a fresh, empty port; override {@link #referencedRecordsExist}
 * if your storage needs the towns and schools to exist first. The application test-jar ships it.
 */
public abstract class CommitteeMembersContract extends PortContract<CommitteeMembers> {

  /** A fresh port that holds no member. */
  protected abstract CommitteeMembers committeeMembers();

  @Override
  final CommitteeMembers newPort() {
    return committeeMembers();
  }

  @Override
  final List<Record> referencedRecords() {
    return world.townsAndSchools();
  }

  private static CommitteeMember member(School school, String name, CommitteeMemberKind kind) {
    return CommitteeMember.appoint(CommitteeMemberId.newId(), school.district(), school.id(), name, kind, null,
        DateRange.from(ISSUED));
  }

  @Test
  void anAddedMemberReadsBackEqual() {
    CommitteeMember member = CommitteeMember.appoint(CommitteeMemberId.newId(), XIANGAN, world.schoolA.id(),
        "王" + RARE + "华", CommitteeMemberKind.PARENT_REP, "负责家长学校与" + RARE + "家访安排",
        DateRange.of(ISSUED, LocalDate.of(2027, 8, 31)));
    port().add(member);

    CommitteeMember read = port().byId(XIANGAN, member.id()).orElseThrow();
    assertSameRecord(read, member);
    assertThat(read.name()).isEqualTo("王" + RARE + "华");
    assertThat(port().byId(XIANGAN, CommitteeMemberId.newId())).isEmpty();
  }

  @Test
  void aMemberWithoutDutyReadsBackWithout() {
    CommitteeMember member = member(world.schoolA, "李校长", CommitteeMemberKind.SCHOOL_LEADER);
    port().add(member);

    assertSameRecord(port().byId(XIANGAN, member.id()).orElseThrow(), member);
    assertThat(port().byId(XIANGAN, member.id()).orElseThrow().duty()).isNull();
  }

  @Test
  void ofSchoolListsTheSchoolsMembersOfEveryDateVoidedOnesIncluded() {
    CommitteeMember leader = member(world.schoolA, "李校长", CommitteeMemberKind.SCHOOL_LEADER);
    CommitteeMember teacher = member(world.schoolA, "张老师", CommitteeMemberKind.TEACHER_REP);
    CommitteeMember parent = member(world.schoolA, "陈家长", CommitteeMemberKind.PARENT_REP);
    CommitteeMember otherSchool = member(world.schoolB, "周老师", CommitteeMemberKind.TEACHER_REP);
    port().add(leader);
    port().add(teacher);
    port().add(parent);
    port().add(otherSchool);
    CommitteeMember ended = port().update(teacher.endingOn(LocalDate.of(2026, 1, 31)));
    CommitteeMember voided = port().update(parent.voided(ContractWorld.voiding("录入错误")));

    List<CommitteeMember> ofSchool = port().ofSchool(XIANGAN, world.schoolA.id());

    assertThat(ofSchool).extracting(CommitteeMember::id).containsExactlyInAnyOrder(leader.id(), teacher.id(), parent.id());
    assertThat(ofSchool).filteredOn(m -> m.id().equals(teacher.id())).singleElement()
        .satisfies(m -> assertSameRecord(m, ended));
    assertThat(ofSchool).filteredOn(m -> m.id().equals(parent.id())).singleElement()
        .satisfies(m -> assertSameRecord(m, voided));
    assertThat(port().all(XIANGAN)).extracting(CommitteeMember::id)
        .containsExactlyInAnyOrder(leader.id(), teacher.id(), parent.id(), otherSchool.id());
  }

  @Test
  void anUpdateWithTheStoredVersionStoresTheNextVersion() {
    CommitteeMember member = member(world.schoolA, "张老师", CommitteeMemberKind.TEACHER_REP);
    port().add(member);
    CommitteeMember stored = port().byId(XIANGAN, member.id()).orElseThrow();

    CommitteeMember ended = port().update(stored.endingOn(LocalDate.of(2026, 6, 30)));
    CommitteeMember voided = port().update(ended.voided(ContractWorld.voiding("任命无效")));

    assertThat(ended.version()).isEqualTo(stored.version() + 1);
    assertThat(voided.version()).isEqualTo(stored.version() + 2);
    CommitteeMember read = port().byId(XIANGAN, member.id()).orElseThrow();
    assertSameRecord(read, voided);
    assertThat(read.period()).isEqualTo(DateRange.of(ISSUED, LocalDate.of(2026, 6, 30)));
    assertThat(read.voiding()).isEqualTo(ContractWorld.voiding("任命无效"));
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictAndChangesNothing() {
    CommitteeMember member = member(world.schoolA, "张老师", CommitteeMemberKind.TEACHER_REP);
    port().add(member);
    CommitteeMember stale = port().byId(XIANGAN, member.id()).orElseThrow();
    CommitteeMember updated = port().update(stale.endingOn(LocalDate.of(2026, 6, 30)));

    assertConflict(ConflictException.Kind.STALE_VERSION, () -> port().update(stale.voided(ContractWorld.voiding("迟到的修改"))));
    assertSameRecord(port().byId(XIANGAN, member.id()).orElseThrow(), updated);
  }

  @Test
  void anotherDistrictsMembersAreNeverReturned() {
    CommitteeMember xiangan = member(world.schoolA, "李校长", CommitteeMemberKind.SCHOOL_LEADER);
    CommitteeMember huli = member(world.schoolHuli, "湖里校长", CommitteeMemberKind.SCHOOL_LEADER);
    port().add(xiangan);
    port().add(huli);

    assertThat(port().byId(XIANGAN, huli.id())).isEmpty();
    assertThat(port().byId(HULI, xiangan.id())).isEmpty();
    assertThat(port().ofSchool(XIANGAN, world.schoolHuli.id())).isEmpty();
    assertThat(port().all(XIANGAN)).extracting(CommitteeMember::id).containsExactly(xiangan.id());
    assertThat(port().all(HULI)).extracting(CommitteeMember::id).containsExactly(huli.id());
  }
}
