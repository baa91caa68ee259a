package org.jiaolianti.domain.access;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * The canonical roles (MISSION "People and roles") and the scope types each may be given.
 *
 * <p>中文：角色。
 */
public enum Role {
  DISTRICT_ADMIN("区教育局工作人员", "education bureau staff", ScopeType.DISTRICT),
  DISTRICT_MH_OFFICER("区心理健康工作负责人", "bureau mental-health officer", ScopeType.DISTRICT),
  UNIT_OFFICER("成员单位工作人员", "signing unit staff", ScopeType.UNIT, ScopeType.AGGREGATE_ONLY),
  ZONE_COORDINATOR("实验区协调办公室", "zone coordination office", ScopeType.ZONE),
  SCHOOL_ADMIN("学校管理人员", "school leader or office", ScopeType.SCHOOL),
  TEACHER("教师/班主任", "teacher", ScopeType.CLASSES),
  COUNSELLOR("心理健康教师", "school counsellor", ScopeType.SCHOOL, ScopeType.CASELOAD),
  GUARDIAN("家长/监护人", "guardian", ScopeType.GUARDIAN_OF),
  PARTNER_STAFF("社区/场馆等单位工作人员", "partner staff", ScopeType.PARTNER),
  CLINICIAN("精神卫生医疗机构人员", "clinician", ScopeType.INSTITUTION),
  AUDITOR("数据保护/审计人员", "audit officer", ScopeType.DISTRICT),
  USER_ADMIN("账号管理员", "user administrator", ScopeType.DISTRICT);

  private final Bilingual label;
  private final Set<ScopeType> allowedScopes;

  Role(String zh, String en, ScopeType first, ScopeType... rest) {
    this.label = Bilingual.of(zh, en);
    this.allowedScopes = Sets.immutableEnumSet(EnumSet.of(first, rest));
  }

  public Bilingual label() {
    return label;
  }

  public Set<ScopeType> allowedScopes() {
    return allowedScopes;
  }

  public boolean allows(ScopeType type) {
    return allowedScopes.contains(type);
  }
}
