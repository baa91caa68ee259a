package org.jiaolianti.application.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.people.port.in.StudentProfileUseCase.LinkedGuardian;
import org.jiaolianti.application.people.port.in.StudentProfileUseCase.Profile;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.testing.NoticeWorld;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.people.ProfileReader;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** Full student profiles: need to know from the roster, 403 for roles that never read them, every read audited. */
class StudentProfileServiceTest {

  private final Storage storage = InMemoryStorage.create();
  private final Jiaolianti app = new Jiaolianti(storage, Clocks.fixed(NoticeWorld.MORNING))
      .activate(TestPolicies.xiangan());
  private final NoticeWorld w = new NoticeWorld(app);

  private User user(String username, Role role, ScopeType scope, String reference) {
    User u = app.users().register(new RegisterUserCommand(NoticeWorld.D, username, username, null));
    app.users().assign(new AssignRoleCommand(NoticeWorld.D, u.id().value(), role, scope, reference,
        LocalDate.of(2025, 12, 1), null));
    return u;
  }

  private Profile read(User by, String studentId) {
    return app.studentProfiles().get(w.actor(by), studentId);
  }

  private List<AuditEntry> events() {
    return storage.auditTrail().walk(DistrictCode.of(NoticeWorld.D), 0, 1000).stream().map(AuditEvent::entry)
        .filter(e -> e.subject().type().equals("STUDENT")).toList();
  }

  @Test
  void theClassTeacherAndTheSchoolAdminSeeContacts_eachReadIsAudited() {
    String id = w.liHuahua.id().value();

    Profile byTeacher = read(w.teacherA11, id);
    Profile byAdmin = read(w.schoolAdminA, id);

    assertThat(byTeacher.reader()).isEqualTo(ProfileReader.CLASS_TEACHER);
    assertThat(byTeacher.schoolName()).isEqualTo("新店一小");
    assertThat(byTeacher.schoolClass().id()).isEqualTo(w.a11.id());
    assertThat(byTeacher.guardians()).extracting(g -> g.guardian().name()).containsExactlyInAnyOrder("李母", "李父");
    assertThat(byAdmin.reader()).isEqualTo(ProfileReader.SCHOOL_ADMIN);
    assertThat(events()).extracting(e -> e.subject().id() + "/" + e.action() + "/" + e.purpose() + "/" + e.outcome())
        .containsExactly(id + "/READ/PROFILE:CLASS_TEACHER/ALLOWED", id + "/READ/PROFILE:SCHOOL_ADMIN/ALLOWED");
  }

  @Test
  void aCounsellorOfTheSchoolAndAGuardianOfTheChildReadWithoutContacts() {
    User counsellor = user("counsellor.a", Role.COUNSELLOR, ScopeType.CASELOAD, w.schoolA.id().value());

    assertThat(read(counsellor, w.zhangXiaoming.id().value()).reader()).isEqualTo(ProfileReader.COUNSELLOR);
    Profile own = read(w.guardianZhang, w.zhangXiaoming.id().value());
    assertThat(own.reader()).isEqualTo(ProfileReader.GUARDIAN);
    assertThat(own.reader().seesContacts()).isFalse();
    assertThat(own.guardians()).extracting(LinkedGuardian::guardian).extracting(g -> g.name()).containsExactly("张父");
  }

  @Test
  void anotherClassAnotherSchoolAnotherChildOrAnUnknownIdIsNotFound_andAuditedAsDenied() {
    assertThatThrownBy(() -> read(w.teacherA12, w.liHuahua.id().value())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> read(w.schoolAdminA, w.chenChenchen.id().value())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> read(w.guardianZhang, w.liHuahua.id().value())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> read(w.teacherA11, "no-such-student")).isInstanceOf(NotFoundException.class);

    assertThat(events()).hasSize(4).allSatisfy(e -> {
      assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
      assertThat(e.purpose()).isEqualTo("PROFILE");
    });
  }

  @Test
  void theBureauReadsAggregatesOnly_aForbiddenWhateverTheId() {
    User officer = user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);

    assertThatThrownBy(() -> read(w.admin, w.liHuahua.id().value())).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> read(officer, "no-such-student")).isInstanceOf(ForbiddenException.class);
    assertThat(events()).extracting(AuditEntry::outcome).containsExactly(AuditOutcome.DENIED, AuditOutcome.DENIED);
  }
}
