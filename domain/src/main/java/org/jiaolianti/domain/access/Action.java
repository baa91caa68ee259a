package org.jiaolianti.domain.access;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * What a caller wants to do: one value per kind of operation of the REST issue's endpoints. Which roles
 * may do it, and how far from their scope, is {@link AccessRules}; each action applies to some
 * {@linkplain Target.Kind kinds of target} only.
 *
 * <p>中文：操作。
 */
public enum Action {
  /** Read the policy: document facts, units, measures, duty matrix, milestone definitions. 中文：查看工作方案。 */
  READ_POLICY("查看工作方案", "read the policy", Target.Kind.DISTRICT),
  /** Read schools, experimental zones and partners (structure, not personal data). 中文：查看组织架构（学校、实验区、对接单位）。 */
  READ_ORGANIZATION("查看组织架构", "read schools, zones and partners", Target.Kind.DISTRICT, Target.Kind.SCHOOL,
      Target.Kind.ZONE, Target.Kind.PARTNER),
  /** Register or close schools, towns, partners and zones; add, end or void zone memberships. 中文：管理组织架构。 */
  MANAGE_ORGANIZATION("管理组织架构", "manage schools, towns, partners and zones", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL, Target.Kind.ZONE, Target.Kind.PARTNER),
  /** Read a school's co-education committee. 中文：查看校级家校共育委员会。 */
  READ_COMMITTEE("查看校级家校共育委员会", "read a school's co-education committee", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** Appoint, end or void committee members. 中文：管理校级家校共育委员会。 */
  MANAGE_COMMITTEE("管理校级家校共育委员会", "manage a school's co-education committee", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** Read docking agreements (a school's, or a partner's). 中文：查看工作对接机制。 */
  READ_AGREEMENTS("查看工作对接机制", "read docking agreements", Target.Kind.DISTRICT, Target.Kind.SCHOOL,
      Target.Kind.PARTNER),
  /** Sign, end or void docking agreements. 中文：管理工作对接机制。 */
  MANAGE_AGREEMENTS("管理工作对接机制", "manage docking agreements", Target.Kind.DISTRICT, Target.Kind.SCHOOL,
      Target.Kind.PARTNER),
  /** Read whether a school has established its 教联体, with the unmet conditions. 中文：查看“教联体”建立情况。 */
  READ_ALLIANCE_STATUS("查看“教联体”建立情况", "read alliance status", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Read the milestone evidence: typical cases and exchange events. 中文：查看典型案例与经验交流活动。 */
  READ_MILESTONE_EVIDENCE("查看典型案例与经验交流活动", "read typical cases and exchange events", Target.Kind.DISTRICT),
  /** Record typical cases and exchange events. 中文：录入典型案例与经验交流活动。 */
  RECORD_MILESTONE_EVIDENCE("录入典型案例与经验交流活动", "record typical cases and exchange events",
      Target.Kind.DISTRICT),
  /** Read aggregate reports: milestones, coverage by zone or town, the home–school report. 中文：查看统计报表。 */
  READ_REPORTS("查看统计报表", "read district reports (milestones, coverage, home–school)", Target.Kind.DISTRICT),
  /** Manage user accounts and their dated role assignments. 中文：管理用户账号与角色授权。 */
  MANAGE_USERS("管理用户账号与角色授权", "manage users and role assignments", Target.Kind.DISTRICT, Target.Kind.USER),
  /** Read one's own account, roles and scopes ({@code GET /me}). 中文：查看本人账号。 */
  READ_SELF("查看本人账号", "read one's own account", Target.Kind.USER),
  /**
   * Read activities open for registration (a district activity: anyone permitted at all). 中文：查看活动。
   */
  READ_ACTIVITIES("查看活动", "read activities", Target.Kind.DISTRICT, Target.Kind.SCHOOL, Target.Kind.ZONE,
      Target.Kind.PARTNER),
  /** Create activities, list their registrations, draw lotteries (the organiser). 中文：管理活动与报名名单。 */
  MANAGE_ACTIVITIES("管理活动与报名名单", "manage activities and their registrations", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL, Target.Kind.ZONE, Target.Kind.PARTNER),
  /** Register (or cancel for) any student of a school. 中文：为本校学生报名活动。 */
  REGISTER_STUDENTS("为本校学生报名活动", "register a school's students for activities", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** Register (or cancel for) one's own linked children only. 中文：为本人子女报名活动。 */
  REGISTER_OWN_CHILDREN("为本人子女报名活动", "register one's own children for activities", Target.Kind.SCHOOL),
  /**
   * Import classes, students, guardians and their links from a school registry export. 中文：导入花名册（班级、学生、家长）。
   */
  IMPORT_ROSTER("导入花名册", "import the roster (classes, students, guardians)", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Publish notices to a school's guardians (school, grade, class, hand-picked) or, district-wide, to all; remind. 中文：发布家校通知。 */
  PUBLISH_NOTICES("发布家校通知", "publish notices to guardians", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Publish notices to the guardians of one's own classes; remind. 中文：发布班级通知。 */
  PUBLISH_CLASS_NOTICES("发布班级通知", "publish notices to one's own classes", Target.Kind.SCHOOL),
  /** Read notices with their receipt statistics and who has not read or confirmed. 中文：查看通知及回执统计。 */
  READ_NOTICES("查看通知及回执统计", "read notices and their receipts", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Read the notices of one's own classes with their receipts. 中文：查看班级通知及回执统计。 */
  READ_CLASS_NOTICES("查看班级通知及回执统计", "read one's own classes' notices and receipts", Target.Kind.SCHOOL),
  /** A guardian reads, confirms or signs their own notices ({@code /me/notices}). 中文：接收通知并回执。 */
  RECEIVE_NOTICES("接收通知并回执", "read and confirm one's own notices", Target.Kind.USER),
  /**
   * Open and read conversations about a student and write messages in them; who takes part in which
   * conversation is decided further from the roster (五(一)2). 中文：家校沟通。
   */
  CONVERSE("家校沟通", "converse with guardians or teachers about a student", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Read teachers' office hours. 中文：查看教师答疑时间。 */
  READ_OFFICE_HOURS("查看教师答疑时间", "read teachers' office hours", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Set one's own office hours as a teacher. 中文：设置本人答疑时间。 */
  SET_OFFICE_HOURS("设置本人答疑时间", "set one's own office hours", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Give a school feedback or a suggestion as a guardian (三(三)3). 中文：提交意见建议。 */
  SUBMIT_FEEDBACK("提交意见建议", "submit feedback to a school", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Read guardians' feedback to a school, overdue items and the overdue report. 中文：查看家长意见建议。 */
  READ_FEEDBACK("查看家长意见建议", "read guardians' feedback", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Answer and close guardians' feedback. 中文：答复与办结家长意见建议。 */
  ANSWER_FEEDBACK("答复与办结家长意见建议", "answer and close guardians' feedback", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** See who wrote anonymous feedback, for abuse handling. 中文：查看匿名意见的提交人（滥用处置）。 */
  READ_FEEDBACK_AUTHORS("查看匿名意见的提交人", "see the authors of anonymous feedback", Target.Kind.DISTRICT),
  /**
   * Write and void performance notes on a student; narrowed from the roster to the students of one's classes
   * (teacher) or school (school leader). 中文：填写在校表现记录。
   */
  WRITE_PERFORMANCE_NOTES("填写在校表现记录", "write performance notes", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /**
   * Read a student's performance notes; narrowed from the roster (a guardian: own children only); a restricted
   * note's text only with need. 中文：查看在校表现记录。
   */
  READ_PERFORMANCE_NOTES("查看在校表现记录", "read performance notes", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Read who read which performance note when. 中文：查看表现记录查阅留痕。 */
  READ_NOTE_READ_AUDIT("查看表现记录查阅留痕", "read the performance-note read audit", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** Apply to be a parent mentor at a school one's child attends (五(一)3). 中文：申请担任家长导师。 */
  APPLY_AS_MENTOR("申请担任家长导师", "apply as a parent mentor", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Vet, approve, reject and revoke parent mentors; assign them; log their hours. 中文：管理家长导师。 */
  MANAGE_MENTORS("管理家长导师", "manage parent mentors", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Read parent mentors, their assignments and hours. 中文：查看家长导师。 */
  READ_MENTORS("查看家长导师", "read parent mentors", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /**
   * Read the published items of the family-education guidance column: the district's (anyone permitted at all)
   * and a school's (五(一)2). 中文：查看家庭教育指导专栏。
   */
  READ_GUIDANCE("查看家庭教育指导专栏", "read the family-education guidance column", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** Write, publish and withdraw guidance items of the district or of a school (五(一)2). 中文：管理家庭教育指导专栏。 */
  MANAGE_GUIDANCE("管理家庭教育指导专栏", "manage the family-education guidance column", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** Mark one's own learning progress on guidance items and get recommendations (五(一)2). 中文：学习家庭教育指导内容。 */
  LEARN_GUIDANCE("学习家庭教育指导内容", "learn guidance items (own progress)", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** Read guardians' learning counts (aggregates, no names) of a school or the district. 中文：查看家长学习统计。 */
  READ_GUIDANCE_PROGRESS("查看家长学习统计", "read guardians' learning statistics", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** Share a teaching or activity resource of one's school with the district's schools, or withdraw it. 中文：共享校际资源。 */
  SHARE_RESOURCES("共享校际资源", "share resources between schools", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /**
   * Read the resources the district's schools share (staff only). On the district only, so that the district-wide
   * reach does not make other schools visible. 中文：查看校际共享资源。
   */
  READ_SHARED_RESOURCES("查看校际共享资源", "read resources shared between schools", Target.Kind.DISTRICT),
  /**
   * Read family-education instructors and their service log (五(一)4): district-tier instructors are listed to
   * whoever reads instructors at all; school-tier ones with their school, community-tier ones with their partner.
   * 中文：查看家庭教育指导师。
   */
  READ_INSTRUCTORS("查看家庭教育指导师", "read family-education instructors", Target.Kind.DISTRICT, Target.Kind.SCHOOL,
      Target.Kind.PARTNER),
  /**
   * Register and retire family-education instructors of a tier (the district: district tier; a school: its
   * school-tier instructors; a partner: its community-tier instructors) and log their services (五(一)4).
   * 中文：管理家庭教育指导师及其服务记录。
   */
  MANAGE_INSTRUCTORS("管理家庭教育指导师", "manage family-education instructors", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL, Target.Kind.PARTNER),
  /**
   * Log one's own services as an instructor linked to one's account; narrowed further to the instructor record
   * that names the user (五(一)4). 中文：登记本人指导服务。
   */
  LOG_OWN_INSTRUCTOR_SERVICES("登记本人指导服务", "log one's own instructor services", Target.Kind.USER),
  /** Read open days and reception days and their free places (五(一)3, 三(三)2). 中文：查看开放日与接待日。 */
  READ_OPEN_DAYS("查看开放日与接待日", "read open days and reception days", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Schedule open days and reception days and read their bookings (五(一)3, 三(三)2). 中文：安排开放日与接待日。 */
  MANAGE_OPEN_DAYS("安排开放日与接待日", "schedule open days and reception days", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /**
   * Book (and cancel) a slot of an open day or reception day at a school one's child attends (五(一)3, 三(三)2).
   * 中文：预约开放日与接待日。
   */
  BOOK_OPEN_DAYS("预约开放日与接待日", "book open days and reception days", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** List and verify the audit trail (who accessed which sensitive record). 中文：查看与校验审计留痕。 */
  READ_AUDIT_TRAIL("查看与校验审计留痕", "read and verify the audit trail", Target.Kind.DISTRICT),
  /** Purge audit events past the retention (at least 6 months). 中文：清理过期审计留痕。 */
  PURGE_AUDIT_TRAIL("清理过期审计留痕", "purge audit events past the retention", Target.Kind.DISTRICT),
  /** Record a home visit (家访) to a student's family, with its note. 中文：记录家访。依据：五(一)3、三(三)2 */
  RECORD_HOME_VISITS("记录家访", "record home visits", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Read home visits (the note only with need to know). 中文：查看家访记录。依据：五(一)3 */
  READ_HOME_VISITS("查看家访记录", "read home visits", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /**
   * Record and revoke a student's consent for a purpose (PIPL Art. 31; guards 五(二)1–2): a guardian for their own
   * children (grantor: themself), school leaders and counsellors for the students of their school (forms received
   * on paper). 中文：登记与撤回同意。
   */
  RECORD_CONSENTS("登记与撤回同意", "record and revoke consents", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Read a student's consents (五(二)1–2; a guardian only their own children's). 中文：查看同意记录。 */
  READ_CONSENTS("查看同意记录", "read consents", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /**
   * Appoint medical staff as schools' health vice-principals and end appointments (三(二)5). 中文：管理健康副校长。
   */
  MANAGE_HEALTH_VICE_PRINCIPALS("管理健康副校长", "manage health vice-principals", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** Read health vice-principal appointments and the schools without one (三(二)5). 中文：查看健康副校长。 */
  READ_HEALTH_VICE_PRINCIPALS("查看健康副校长", "read health vice-principals", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /**
   * Register counsellor posts, end them and mark a school's mental-health lead (五(二)3). 中文：管理心理健康教师岗位。
   */
  MANAGE_COUNSELLOR_POSTS("管理心理健康教师岗位", "manage counsellor posts", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Read counsellor posts (五(二)3). 中文：查看心理健康教师岗位。 */
  READ_COUNSELLOR_POSTS("查看心理健康教师岗位", "read counsellor posts", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** A counsellor reads their own posts (五(二)3; target: the user). 中文：查看本人心理健康教师岗位。 */
  READ_OWN_COUNSELLOR_POSTS("查看本人心理健康教师岗位", "read own counsellor posts", Target.Kind.USER),
  /** Log a counsellor's training (五(二)3; target: the post's school). 中文：登记心理健康教师培训。 */
  LOG_COUNSELLOR_TRAINING("登记心理健康教师培训", "log counsellor training", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Read counsellors' training records (五(二)3; target: the post's school). 中文：查看心理健康教师培训。 */
  READ_COUNSELLOR_TRAINING("查看心理健康教师培训", "read counsellor training", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** A counsellor logs and reads their own training (五(二)3; target: the user). 中文：登记与查看本人培训。 */
  LOG_OWN_COUNSELLOR_TRAINING("登记与查看本人培训", "log and read own training", Target.Kind.USER),
  /** Read the counsellor coverage report, counts and school names (五(二)3). 中文：查看心理健康教师配备率。 */
  READ_COUNSELLOR_COVERAGE("查看心理健康教师配备率", "read counsellor coverage", Target.Kind.DISTRICT),
  /** Open, stop and read one's own break-glass accesses to named students of the district (五(二)2). 中文：紧急调阅。 */
  BREAK_GLASS("紧急调阅", "open break-glass access", Target.Kind.DISTRICT),
  /**
   * Read others' break-glass accesses (五(二)2; target: the student's school): a school's mental-health lead
   * their school's, the auditor all. 中文：查看紧急调阅记录。
   */
  READ_BREAK_GLASS("查看紧急调阅记录", "read break-glass accesses", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /**
   * Read one student's full profile (name, birth, class, guardians); narrowed from the roster to the students of
   * one's classes (teacher), school (leader, counsellor) or one's own children (guardian); every read audited
   * (五(二)). 中文：查看学生完整档案。
   */
  READ_STUDENT_PROFILES("查看学生完整档案", "read full student profiles", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /** Create screening campaigns of a school (心理普测, 五(二)2; target: the school). 中文：管理心理普测批次。 */
  MANAGE_SCREENINGS("管理心理普测批次", "manage screening campaigns", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /**
   * Read screening campaigns with their counts (screened, per suggested level) and the students due for screening
   * (五(二)2; never a student's result). 中文：查看心理普测批次与统计。
   */
  READ_SCREENINGS("查看心理普测批次与统计", "read screening campaigns and counts", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** Import students' screening results into a campaign (五(二)2; mental-health data). 中文：导入心理普测结果。 */
  RECORD_SCREENING_RESULTS("导入心理普测结果", "import screening results", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /**
   * Read each student's screening result (score, suggested level, date; 五(二)2; mental-health data, audited).
   * 中文：查看学生心理普测结果。
   */
  READ_SCREENING_RESULTS("查看学生心理普测结果", "read students' screening results", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /**
   * Open a crisis referral for a student of one's school and take the school's steps on it (return with a
   * follow-up plan, close, withdraw, reroute; 五(二)1; target: the student's school). 中文：心理危机转介（学校方）。
   */
  REFER_STUDENTS("心理危机转介（学校方）", "refer students (school side)", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /**
   * Read crisis referrals (五(二)1): the referring school's staff in full, the district officer district-wide, an
   * institution's clinicians only those addressed to it and only what is shared (target: the school or the
   * institution). 中文：查看心理危机转介。
   */
  READ_REFERRALS("查看心理危机转介", "read referrals", Target.Kind.DISTRICT, Target.Kind.SCHOOL, Target.Kind.PARTNER),
  /**
   * Take the receiving institution's steps on a referral addressed to it: accept, reject, record the outcome
   * (五(二)1, 三(六)4; target: the institution). 中文：处理心理危机转介（医疗机构方）。
   */
  ANSWER_REFERRALS("处理心理危机转介（医疗机构方）", "answer referrals (institution side)", Target.Kind.DISTRICT,
      Target.Kind.PARTNER),
  /**
   * Read mental-health files (一生一档, 五(二)2; target: the student's school): levels, categories, marks and care
   * record metadata; the notes only for the counsellor whose caseload the file is in, or through break-glass.
   * 中文：查看心理档案。
   */
  READ_MENTAL_HEALTH_FILES("查看心理档案", "read mental-health files", Target.Kind.DISTRICT, Target.Kind.SCHOOL),
  /**
   * Open files and change them (level, categories, marks, care records, counsellor; 五(二)2; target: the student's
   * school); the application narrows writes to the file's counsellor (assignment also to the school's lead).
   * 中文：建立与维护心理档案。
   */
  WRITE_MENTAL_HEALTH_FILES("建立与维护心理档案", "write mental-health files", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /**
   * See the "needs attention" flag of the students of one's classes, nothing else (五(二)2; target: the school of
   * the class). 中文：查看需关注提示。
   */
  READ_MENTAL_HEALTH_ATTENTION("查看需关注提示", "read needs-attention flags", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /** A guardian reads the summary of their own child's file (五(二)2; target: the child's school). 中文：查看档案摘要。 */
  READ_MENTAL_HEALTH_SUMMARY("查看心理档案摘要", "read mental-health file summary", Target.Kind.DISTRICT,
      Target.Kind.SCHOOL),
  /**
   * Read the district's mental-health report: aggregates per school and district with small counts suppressed, never
   * a student (五(二)2; target: the district). 中文：查看心理健康统计报表（仅汇总，小数值抑制）。
   */
  READ_MENTAL_HEALTH_REPORT("查看心理健康统计报表", "read the mental-health report", Target.Kind.DISTRICT);

  private final Bilingual label;
  private final Set<Target.Kind> targetKinds;

  Action(String zh, String en, Target.Kind first, Target.Kind... rest) {
    this.label = Bilingual.of(zh, en);
    this.targetKinds = Sets.immutableEnumSet(EnumSet.of(first, rest));
  }

  public Bilingual label() {
    return label;
  }

  /** The kinds of target this action can be done on; any other kind is denied. */
  public Set<Target.Kind> targetKinds() {
    return targetKinds;
  }

  public boolean appliesTo(Target target) {
    return targetKinds.contains(target.kind());
  }
}
