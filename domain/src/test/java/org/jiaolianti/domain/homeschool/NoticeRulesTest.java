package org.jiaolianti.domain.homeschool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.policy.HomeSchoolSettings;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final DistrictCode D = DistrictCode.of("350213");
  static final HomeSchoolSettings DEFAULTS = HomeSchoolSettings.defaults();

  static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 3, day, hour, minute).atZone(SHANGHAI).toInstant();
  }

  @Test
  void quietHoursHoldNonUrgentNoticesUntilTheyEnd() {
    assertThat(NoticeRules.releaseAt(DEFAULTS, SHANGHAI, at(2, 20, 59), false)).isEqualTo(at(2, 20, 59));
    assertThat(NoticeRules.releaseAt(DEFAULTS, SHANGHAI, at(2, 21, 0), false)).isEqualTo(at(3, 7, 0));
    assertThat(NoticeRules.releaseAt(DEFAULTS, SHANGHAI, at(3, 6, 59), false)).isEqualTo(at(3, 7, 0));
    assertThat(NoticeRules.releaseAt(DEFAULTS, SHANGHAI, at(3, 7, 0), false)).isEqualTo(at(3, 7, 0));
    assertThat(NoticeRules.releaseAt(DEFAULTS, SHANGHAI, at(2, 23, 0), true)).isEqualTo(at(2, 23, 0));
    // quiet hours inside one day (13:00-14:00, a nap time) work too
    var nap = new HomeSchoolSettings(LocalTime.of(13, 0), LocalTime.of(14, 0), 3);
    assertThat(NoticeRules.releaseAt(nap, SHANGHAI, at(2, 13, 30), false)).isEqualTo(at(2, 14, 0));
    assertThat(NoticeRules.releaseAt(nap, SHANGHAI, at(2, 22, 0), false)).isEqualTo(at(2, 22, 0));
  }

  @Test
  void theDailyCapCountsBeforeTheNewNotice_urgentIsExempt() {
    SchoolClass c = new SchoolClass(ClassId.newId(), D, SchoolId.newId(), 2025, 1, 1, 0);
    assertThat(NoticeRules.dailyCap(DEFAULTS, c, false, 2).isAllowed()).isTrue();
    Decision refused = NoticeRules.dailyCap(DEFAULTS, c, false, 3);
    assertThat(refused).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
      assertThat(r.rule()).isEqualTo(NoticeRules.DAILY_CAP);
      assertThat(r.clause()).isEqualTo(NoticeRules.CLAUSE);
      assertThat(r.reason().zh()).contains("本地设置");
    });
    assertThat(NoticeRules.dailyCap(DEFAULTS, c, true, 30).isAllowed()).isTrue();
  }

  @Test
  void aFullNameOfTheGroupIsFound_singleCharacterNamesAreNot() {
    SchoolId school = SchoolId.newId();
    Student ming = new Student(StudentId.newId(), D, school, null, "张小明", Gender.MALE, LocalDate.of(2018, 1, 1), null, 0);
    Student one = new Student(StudentId.newId(), D, school, null, "明", Gender.MALE, LocalDate.of(2018, 1, 1), null, 0);
    assertThat(NoticeRules.studentNames("明天春游", List.of(one, ming), false).isAllowed()).isTrue();
    assertThat(NoticeRules.studentNames("表扬张小明", List.of(one, ming), false).isAllowed()).isFalse();
    assertThat(NoticeRules.studentNames("表扬张小明", List.of(one, ming), true).isAllowed()).isTrue();
  }

  @Test
  void anAudienceReachesAClassThroughItsSchoolGradeOrItself() {
    SchoolId school = SchoolId.newId();
    SchoolClass c = new SchoolClass(ClassId.newId(), D, school, 2025, 2, 1, 0);
    assertThat(Audience.school(school).reachesClass(c)).isTrue();
    assertThat(Audience.grade(school, 2).reachesClass(c)).isTrue();
    assertThat(Audience.grade(school, 1).reachesClass(c)).isFalse();
    assertThat(Audience.schoolClass(school, c.id()).reachesClass(c)).isTrue();
    assertThat(Audience.guardians(school, Set.of(GuardianId.newId())).reachesClass(c)).isFalse();
    assertThat(Audience.district().reachesClass(c)).isFalse();
  }
}
