package org.jiaolianti.domain.access;

import static java.util.Objects.requireNonNull;
import static org.jiaolianti.domain.access.Action.MANAGE_ACTIVITIES;

import static org.jiaolianti.domain.access.Action.IMPORT_ROSTER;
import static org.jiaolianti.domain.access.Action.ANSWER_FEEDBACK;
import static org.jiaolianti.domain.access.Action.CONVERSE;
import static org.jiaolianti.domain.access.Action.MANAGE_AGREEMENTS;
import static org.jiaolianti.domain.access.Action.MANAGE_COMMITTEE;
import static org.jiaolianti.domain.access.Action.MANAGE_ORGANIZATION;
import static org.jiaolianti.domain.access.Action.MANAGE_USERS;
import static org.jiaolianti.domain.access.Action.READ_ACTIVITIES;

import static org.jiaolianti.domain.access.Action.PUBLISH_CLASS_NOTICES;
import static org.jiaolianti.domain.access.Action.PUBLISH_NOTICES;
import static org.jiaolianti.domain.access.Action.READ_CLASS_NOTICES;
import static org.jiaolianti.domain.access.Action.READ_NOTICES;
import static org.jiaolianti.domain.access.Action.RECEIVE_NOTICES;
import static org.jiaolianti.domain.access.Action.READ_AGREEMENTS;
import static org.jiaolianti.domain.access.Action.READ_ALLIANCE_STATUS;
import static org.jiaolianti.domain.access.Action.READ_COMMITTEE;
import static org.jiaolianti.domain.access.Action.READ_FEEDBACK;
import static org.jiaolianti.domain.access.Action.READ_FEEDBACK_AUTHORS;
import static org.jiaolianti.domain.access.Action.READ_MILESTONE_EVIDENCE;
import static org.jiaolianti.domain.access.Action.READ_OFFICE_HOURS;
import static org.jiaolianti.domain.access.Action.READ_ORGANIZATION;
import static org.jiaolianti.domain.access.Action.READ_POLICY;
import static org.jiaolianti.domain.access.Action.READ_REPORTS;
import static org.jiaolianti.domain.access.Action.READ_SELF;
import static org.jiaolianti.domain.access.Action.RECORD_MILESTONE_EVIDENCE;
import static org.jiaolianti.domain.access.Action.REGISTER_OWN_CHILDREN;
import static org.jiaolianti.domain.access.Action.REGISTER_STUDENTS;
import static org.jiaolianti.domain.access.Action.SET_OFFICE_HOURS;
import static org.jiaolianti.domain.access.Action.SUBMIT_FEEDBACK;
import static org.jiaolianti.domain.access.Action.WRITE_PERFORMANCE_NOTES;
import static org.jiaolianti.domain.access.Action.READ_PERFORMANCE_NOTES;
import static org.jiaolianti.domain.access.Action.READ_NOTE_READ_AUDIT;
import static org.jiaolianti.domain.access.Action.READ_AUDIT_TRAIL;
import static org.jiaolianti.domain.access.Action.PURGE_AUDIT_TRAIL;
import static org.jiaolianti.domain.access.Action.RECORD_HOME_VISITS;
import static org.jiaolianti.domain.access.Action.READ_HOME_VISITS;
import static org.jiaolianti.domain.access.Action.APPLY_AS_MENTOR;
import static org.jiaolianti.domain.access.Action.MANAGE_MENTORS;
import static org.jiaolianti.domain.access.Action.READ_MENTORS;
import static org.jiaolianti.domain.access.Action.RECORD_CONSENTS;
import static org.jiaolianti.domain.access.Action.READ_CONSENTS;
import static org.jiaolianti.domain.access.Action.MANAGE_HEALTH_VICE_PRINCIPALS;
import static org.jiaolianti.domain.access.Action.READ_HEALTH_VICE_PRINCIPALS;
import static org.jiaolianti.domain.access.Action.MANAGE_COUNSELLOR_POSTS;
import static org.jiaolianti.domain.access.Action.READ_COUNSELLOR_POSTS;
import static org.jiaolianti.domain.access.Action.READ_OWN_COUNSELLOR_POSTS;
import static org.jiaolianti.domain.access.Action.LOG_OWN_COUNSELLOR_TRAINING;
import static org.jiaolianti.domain.access.Action.LOG_COUNSELLOR_TRAINING;
import static org.jiaolianti.domain.access.Action.READ_COUNSELLOR_TRAINING;
import static org.jiaolianti.domain.access.Action.READ_COUNSELLOR_COVERAGE;
import static org.jiaolianti.domain.access.Action.BREAK_GLASS;
import static org.jiaolianti.domain.access.Action.READ_BREAK_GLASS;
import static org.jiaolianti.domain.access.Action.MANAGE_SCREENINGS;
import static org.jiaolianti.domain.access.Action.READ_SCREENINGS;
import static org.jiaolianti.domain.access.Action.RECORD_SCREENING_RESULTS;
import static org.jiaolianti.domain.access.Action.READ_SCREENING_RESULTS;
import static org.jiaolianti.domain.access.Action.REFER_STUDENTS;
import static org.jiaolianti.domain.access.Action.READ_REFERRALS;
import static org.jiaolianti.domain.access.Action.ANSWER_REFERRALS;
import static org.jiaolianti.domain.access.Action.READ_MENTAL_HEALTH_FILES;
import static org.jiaolianti.domain.access.Action.WRITE_MENTAL_HEALTH_FILES;
import static org.jiaolianti.domain.access.Action.READ_MENTAL_HEALTH_ATTENTION;
import static org.jiaolianti.domain.access.Action.READ_MENTAL_HEALTH_SUMMARY;
import static org.jiaolianti.domain.access.Action.READ_MENTAL_HEALTH_REPORT;
import static org.jiaolianti.domain.access.Action.READ_GUIDANCE;
import static org.jiaolianti.domain.access.Action.MANAGE_GUIDANCE;
import static org.jiaolianti.domain.access.Action.LEARN_GUIDANCE;
import static org.jiaolianti.domain.access.Action.READ_GUIDANCE_PROGRESS;
import static org.jiaolianti.domain.access.Action.SHARE_RESOURCES;
import static org.jiaolianti.domain.access.Action.READ_SHARED_RESOURCES;
import static org.jiaolianti.domain.access.Action.READ_INSTRUCTORS;
import static org.jiaolianti.domain.access.Action.MANAGE_INSTRUCTORS;
import static org.jiaolianti.domain.access.Action.LOG_OWN_INSTRUCTOR_SERVICES;
import static org.jiaolianti.domain.access.Action.READ_OPEN_DAYS;
import static org.jiaolianti.domain.access.Action.MANAGE_OPEN_DAYS;
import static org.jiaolianti.domain.access.Action.BOOK_OPEN_DAYS;
import static org.jiaolianti.domain.access.Action.READ_STUDENT_PROFILES;
import static org.jiaolianti.domain.access.Reach.DISTRICT;
import static org.jiaolianti.domain.access.Reach.SCOPE;
import static org.jiaolianti.domain.access.Reach.SCOPE_AND_RELATED;
import static org.jiaolianti.domain.access.Reach.SELF;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The access rules: which role may do which {@link Action}, how far from its scope ({@link Reach}), and
 * the one decision over a user's grants. Deny by default: a role × action not listed is {@link
 * Reach#NONE}.
 *
 * <table>
 *   <caption>Role × action (D = district-wide, S = the scope, S+ = the scope and what it is related to today, self = own account)</caption>
 *   <tr><th>action</th><th>roles</th></tr>
 *   <tr><td>READ_POLICY</td><td>every role: D</td></tr>
 *   <tr><td>READ_SELF</td><td>every user: self (even with no role today)</td></tr>
 *   <tr><td>READ_ORGANIZATION, READ_ALLIANCE_STATUS</td><td>DISTRICT_ADMIN, DISTRICT_MH_OFFICER, AUDITOR,
 *       USER_ADMIN, UNIT_OFFICER: D; ZONE_COORDINATOR: S+ (the zone, its member schools, partners docking with
 *       them); SCHOOL_ADMIN, TEACHER, COUNSELLOR: S+ (the school, its zone, partners docking with it); GUARDIAN:
 *       S (the schools of the linked students); PARTNER_STAFF: S+ (the partner and the schools it docks with)</td></tr>
 *   <tr><td>READ_COMMITTEE</td><td>DISTRICT_ADMIN, AUDITOR: D; ZONE_COORDINATOR: S (its zone's schools);
 *       SCHOOL_ADMIN: S (own school)</td></tr>
 *   <tr><td>READ_AGREEMENTS</td><td>DISTRICT_ADMIN, AUDITOR: D; UNIT_OFFICER: S (agreements of its unit's
 *       department partners); ZONE_COORDINATOR: S (its zone's schools); SCHOOL_ADMIN: S (own school);
 *       PARTNER_STAFF: S (its own partner's agreements)</td></tr>
 *   <tr><td>MANAGE_ORGANIZATION</td><td>DISTRICT_ADMIN: D</td></tr>
 *   <tr><td>MANAGE_COMMITTEE, MANAGE_AGREEMENTS</td><td>DISTRICT_ADMIN: D; SCHOOL_ADMIN: S (own school)</td></tr>
 *   <tr><td>READ_MILESTONE_EVIDENCE</td><td>DISTRICT_ADMIN, AUDITOR, UNIT_OFFICER, ZONE_COORDINATOR,
 *       SCHOOL_ADMIN: D</td></tr>
 *   <tr><td>RECORD_MILESTONE_EVIDENCE</td><td>DISTRICT_ADMIN: D</td></tr>
 *   <tr><td>READ_REPORTS</td><td>DISTRICT_ADMIN, DISTRICT_MH_OFFICER, AUDITOR, UNIT_OFFICER, ZONE_COORDINATOR,
 *       SCHOOL_ADMIN: D (aggregates)</td></tr>
 *   <tr><td>IMPORT_ROSTER</td><td>DISTRICT_ADMIN: D; SCHOOL_ADMIN: S (own school; rows of another school are
 *       bad rows)</td></tr>
 *   <tr><td>MANAGE_USERS</td><td>USER_ADMIN: D (and USER_ADMIN has no pupil-data action)</td></tr>
 *   <tr><td>READ_ACTIVITIES</td><td>DISTRICT_ADMIN, DISTRICT_MH_OFFICER, AUDITOR, UNIT_OFFICER: D;
 *       ZONE_COORDINATOR, SCHOOL_ADMIN, TEACHER, COUNSELLOR, PARTNER_STAFF: S+; GUARDIAN: S</td></tr>
 *   <tr><td>MANAGE_ACTIVITIES</td><td>DISTRICT_ADMIN: D; ZONE_COORDINATOR, SCHOOL_ADMIN, PARTNER_STAFF: S</td></tr>
 *   <tr><td>REGISTER_STUDENTS</td><td>DISTRICT_ADMIN: D; SCHOOL_ADMIN, TEACHER: S (the school's students)</td></tr>
 *   <tr><td>REGISTER_OWN_CHILDREN</td><td>GUARDIAN: S (and only the children linked to the guardian)</td></tr>

 *   <tr><td>PUBLISH_NOTICES, READ_NOTICES</td><td>DISTRICT_ADMIN: D (district-wide and urgent notices too);
 *       SCHOOL_ADMIN: S (own school)</td></tr>
 *   <tr><td>PUBLISH_CLASS_NOTICES, READ_CLASS_NOTICES</td><td>TEACHER: S (the school of the class; the
 *       application narrows it to the teacher's own classes: another class is a 404)</td></tr>
 *   <tr><td>RECEIVE_NOTICES</td><td>GUARDIAN: self (own receipts only)</td></tr>
 *   <tr><td>CONVERSE</td><td>GUARDIAN, TEACHER, SCHOOL_ADMIN: S (then only about their own children, the
 *       students of their classes, or of their school: decided from the roster)</td></tr>
 *   <tr><td>READ_OFFICE_HOURS</td><td>GUARDIAN, TEACHER, SCHOOL_ADMIN: S</td></tr>
 *   <tr><td>SET_OFFICE_HOURS</td><td>TEACHER: S</td></tr>
 *   <tr><td>SUBMIT_FEEDBACK</td><td>GUARDIAN: S (the schools of the linked students)</td></tr>
 *   <tr><td>READ_FEEDBACK</td><td>DISTRICT_ADMIN: D; SCHOOL_ADMIN: S</td></tr>
 *   <tr><td>ANSWER_FEEDBACK</td><td>SCHOOL_ADMIN: S</td></tr>
 *   <tr><td>READ_FEEDBACK_AUTHORS</td><td>DISTRICT_ADMIN: D (the authors of anonymous feedback)</td></tr>
 *   <tr><td>WRITE_PERFORMANCE_NOTES</td><td>TEACHER, SCHOOL_ADMIN: S (then only the students of their classes
 *       or of their school: decided from the roster)</td></tr>
 *   <tr><td>READ_PERFORMANCE_NOTES</td><td>GUARDIAN, TEACHER, COUNSELLOR, SCHOOL_ADMIN: S (a guardian only their
 *       own children; a restricted note's text only to guardians, the author and school leaders)</td></tr>
 *   <tr><td>READ_NOTE_READ_AUDIT</td><td>AUDITOR: D</td></tr>
 *   <tr><td>APPLY_AS_MENTOR</td><td>GUARDIAN: S (a school one of their children attends)</td></tr>
 *   <tr><td>MANAGE_MENTORS</td><td>SCHOOL_ADMIN: S</td></tr>
 *   <tr><td>READ_MENTORS</td><td>DISTRICT_ADMIN: D; SCHOOL_ADMIN: S (a guardian reads their own applications)</td></tr>
 *   <tr><td>READ_GUIDANCE</td><td>DISTRICT_ADMIN: D; SCHOOL_ADMIN, TEACHER, COUNSELLOR, GUARDIAN: S (published
 *       items of their schools; the district's items to anyone permitted at all)</td></tr>
 *   <tr><td>MANAGE_GUIDANCE</td><td>DISTRICT_ADMIN: D; SCHOOL_ADMIN: S (own school's items)</td></tr>
 *   <tr><td>LEARN_GUIDANCE</td><td>GUARDIAN: S (own progress only)</td></tr>
 *   <tr><td>READ_GUIDANCE_PROGRESS</td><td>DISTRICT_ADMIN: D; SCHOOL_ADMIN: S (counts, no names)</td></tr>
 *   <tr><td>SHARE_RESOURCES</td><td>SCHOOL_ADMIN, TEACHER: S (own school)</td></tr>
 *   <tr><td>READ_SHARED_RESOURCES</td><td>DISTRICT_ADMIN, ZONE_COORDINATOR, SCHOOL_ADMIN, TEACHER, COUNSELLOR: D
 *       (district-wide staff visibility; never guardians)</td></tr>
 *   <tr><td>READ_INSTRUCTORS</td><td>DISTRICT_ADMIN, UNIT_OFFICER: D; SCHOOL_ADMIN, PARTNER_STAFF: S (and
 *       district-tier instructors)</td></tr>
 *   <tr><td>MANAGE_INSTRUCTORS</td><td>DISTRICT_ADMIN: D; SCHOOL_ADMIN: S (school tier of own school);
 *       PARTNER_STAFF: S (community tier of own partner)</td></tr>
 *   <tr><td>LOG_OWN_INSTRUCTOR_SERVICES</td><td>DISTRICT_ADMIN, DISTRICT_MH_OFFICER, UNIT_OFFICER,
 *       ZONE_COORDINATOR, SCHOOL_ADMIN, TEACHER, COUNSELLOR, PARTNER_STAFF: self (the instructor record linked to
 *       the user)</td></tr>
 *   <tr><td>READ_OPEN_DAYS</td><td>DISTRICT_ADMIN: D; SCHOOL_ADMIN, TEACHER, GUARDIAN: S</td></tr>
 *   <tr><td>MANAGE_OPEN_DAYS</td><td>SCHOOL_ADMIN: S</td></tr>
 *   <tr><td>BOOK_OPEN_DAYS</td><td>GUARDIAN: S (a school one of their children attends)</td></tr>
 *   <tr><td>READ_AUDIT_TRAIL</td><td>AUDITOR: D</td></tr>
 *   <tr><td>PURGE_AUDIT_TRAIL</td><td>AUDITOR: D (never inside the retention)</td></tr>
 *   <tr><td>RECORD_HOME_VISITS</td><td>TEACHER, SCHOOL_ADMIN: S (then only the students of their classes or of
 *       their school: decided from the roster)</td></tr>
 *   <tr><td>READ_HOME_VISITS</td><td>TEACHER, SCHOOL_ADMIN, GUARDIAN: S (the note only to the visitors, the
 *       student's class teachers and the school's admins; a guardian sees that a visit happened and when)</td></tr>
 *   <tr><td>RECORD_CONSENTS</td><td>GUARDIAN: S (then only their own children, as grantor themself);
 *       SCHOOL_ADMIN, COUNSELLOR: S (the students of their school)</td></tr>
 *   <tr><td>READ_CONSENTS</td><td>DISTRICT_MH_OFFICER: D; SCHOOL_ADMIN, COUNSELLOR: S; GUARDIAN: S (then only
 *       their own children)</td></tr>
 *   <tr><td>MANAGE_HEALTH_VICE_PRINCIPALS</td><td>DISTRICT_ADMIN: D</td></tr>
 *   <tr><td>READ_HEALTH_VICE_PRINCIPALS</td><td>DISTRICT_ADMIN, DISTRICT_MH_OFFICER, UNIT_OFFICER: D;
 *       SCHOOL_ADMIN: S (own school's)</td></tr>
 *   <tr><td>MANAGE_COUNSELLOR_POSTS, READ_COUNSELLOR_POSTS</td><td>DISTRICT_ADMIN, DISTRICT_MH_OFFICER: D;
 *       SCHOOL_ADMIN: S (own school's posts)</td></tr>
 *   <tr><td>READ_OWN_COUNSELLOR_POSTS, LOG_OWN_COUNSELLOR_TRAINING</td><td>COUNSELLOR: self (own posts; logs and
 *       reads own training)</td></tr>
 *   <tr><td>LOG_COUNSELLOR_TRAINING, READ_COUNSELLOR_TRAINING</td><td>DISTRICT_ADMIN, DISTRICT_MH_OFFICER: D</td></tr>
 *   <tr><td>READ_COUNSELLOR_COVERAGE</td><td>DISTRICT_ADMIN, DISTRICT_MH_OFFICER, UNIT_OFFICER: D (counts and
 *       school names)</td></tr>
 *   <tr><td>BREAK_GLASS</td><td>DISTRICT_MH_OFFICER: D (one named student, a reason, automatic expiry; opens,
 *       stops and reads their own accesses; 五(二)2)</td></tr>
 *   <tr><td>READ_BREAK_GLASS</td><td>AUDITOR: D; COUNSELLOR: S (only the school's mental-health lead recorded on
 *       the access)</td></tr>
 *   <tr><td>READ_STUDENT_PROFILES</td><td>SCHOOL_ADMIN, TEACHER, COUNSELLOR, GUARDIAN: S (then only the students of
 *       their school, of their classes, or their own children: decided from the roster; never district-wide —
 *       the bureau reads aggregates; every read audited)</td></tr>
 *   <tr><td>MANAGE_SCREENINGS, READ_SCREENINGS</td><td>DISTRICT_MH_OFFICER: D; COUNSELLOR: S (own school's
 *       campaigns with counts, and the students due for screening; 五(二)2; issue 6 "nobody else": not the school's
 *       leaders)</td></tr>
 *   <tr><td>RECORD_SCREENING_RESULTS, READ_SCREENING_RESULTS</td><td>COUNSELLOR: S (each student's result of
 *       own school's campaigns; audited)</td></tr>
 *   <tr><td>REFER_STUDENTS</td><td>COUNSELLOR: S (the students of their school; the school's steps of the green
 *       channel, 五(二)1)</td></tr>
 *   <tr><td>READ_REFERRALS</td><td>DISTRICT_MH_OFFICER: D (no outcome, plan or step notes); COUNSELLOR: S
 *       (their school's referrals, in full); CLINICIAN: S (only the referrals addressed to their
 *       institution, only what is shared)</td></tr>
 *   <tr><td>ANSWER_REFERRALS</td><td>CLINICIAN: S (accept, reject, record the outcome of the referrals addressed
 *       to their institution)</td></tr>
 *   <tr><td>READ_MENTAL_HEALTH_FILES</td><td>DISTRICT_MH_OFFICER: D (levels, level history, categories, marks,
 *       care-record metadata; notes only through break-glass); COUNSELLOR: S (own school's files; notes and plans
 *       only of the files whose counsellor they are)</td></tr>
 *   <tr><td>WRITE_MENTAL_HEALTH_FILES</td><td>COUNSELLOR: S (opens own school's files; changes only the files whose
 *       counsellor they are; the school's mental-health lead also reassigns the counsellor)</td></tr>
 *   <tr><td>READ_MENTAL_HEALTH_ATTENTION</td><td>TEACHER: S (then only the students of their classes: the
 *       "needs attention" flag, nothing else)</td></tr>
 *   <tr><td>READ_MENTAL_HEALTH_SUMMARY</td><td>GUARDIAN: S (then only their own children: whether a file exists,
 *       the level label if the seed shows it, the counsellor to contact)</td></tr>
 *   <tr><td>READ_MENTAL_HEALTH_REPORT</td><td>DISTRICT_ADMIN, DISTRICT_MH_OFFICER, UNIT_OFFICER: D (aggregates per
 *       school and district, counts below the seed threshold suppressed, never a student; also through an
 *       aggregate-only scope)</td></tr>
 * </table>
 *
 * <p>An {@link ScopeType#AGGREGATE_ONLY} scope permits only READ_REPORTS, READ_MENTAL_HEALTH_REPORT, READ_POLICY
 * (and READ_SELF). A
 * {@link ScopeType#DISTRICT} scope reaches the whole district whatever the reach. CLINICIAN has READ_POLICY,
 * READ_SELF and the referrals addressed to their institution.
 *
 * <p>中文：访问规则（角色 × 操作 × 范围）。
 */
public final class AccessRules {

  private static final Map<Role, Map<Action, Reach>> TABLE = table();

  private AccessRules() {}

  private static Map<Role, Map<Action, Reach>> table() {
    EnumMap<Role, EnumMap<Action, Reach>> t = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      EnumMap<Action, Reach> row = new EnumMap<>(Action.class);
      row.put(READ_POLICY, DISTRICT);
      row.put(READ_SELF, SELF);
      t.put(role, row);
    }
    put(t, Role.DISTRICT_ADMIN, DISTRICT, READ_ORGANIZATION, READ_ALLIANCE_STATUS, READ_COMMITTEE, READ_AGREEMENTS,
        MANAGE_ORGANIZATION, MANAGE_COMMITTEE, MANAGE_AGREEMENTS, READ_MILESTONE_EVIDENCE, RECORD_MILESTONE_EVIDENCE,
        READ_REPORTS);
    put(t, Role.DISTRICT_MH_OFFICER, DISTRICT, READ_ORGANIZATION, READ_ALLIANCE_STATUS, READ_REPORTS);
    put(t, Role.AUDITOR, DISTRICT, READ_ORGANIZATION, READ_ALLIANCE_STATUS, READ_COMMITTEE, READ_AGREEMENTS,
        READ_MILESTONE_EVIDENCE, READ_REPORTS);
    put(t, Role.USER_ADMIN, DISTRICT, READ_ORGANIZATION, READ_ALLIANCE_STATUS, MANAGE_USERS);
    put(t, Role.UNIT_OFFICER, DISTRICT, READ_ORGANIZATION, READ_ALLIANCE_STATUS, READ_MILESTONE_EVIDENCE, READ_REPORTS);
    put(t, Role.UNIT_OFFICER, SCOPE, READ_AGREEMENTS);
    put(t, Role.ZONE_COORDINATOR, SCOPE_AND_RELATED, READ_ORGANIZATION, READ_ALLIANCE_STATUS);
    put(t, Role.ZONE_COORDINATOR, SCOPE, READ_COMMITTEE, READ_AGREEMENTS);
    put(t, Role.ZONE_COORDINATOR, DISTRICT, READ_MILESTONE_EVIDENCE, READ_REPORTS);
    put(t, Role.SCHOOL_ADMIN, SCOPE_AND_RELATED, READ_ORGANIZATION, READ_ALLIANCE_STATUS);
    put(t, Role.SCHOOL_ADMIN, SCOPE, READ_COMMITTEE, READ_AGREEMENTS, MANAGE_COMMITTEE, MANAGE_AGREEMENTS);
    put(t, Role.SCHOOL_ADMIN, DISTRICT, READ_MILESTONE_EVIDENCE, READ_REPORTS);
    put(t, Role.TEACHER, SCOPE_AND_RELATED, READ_ORGANIZATION, READ_ALLIANCE_STATUS);
    put(t, Role.COUNSELLOR, SCOPE_AND_RELATED, READ_ORGANIZATION, READ_ALLIANCE_STATUS);
    put(t, Role.GUARDIAN, SCOPE, READ_ORGANIZATION, READ_ALLIANCE_STATUS);
    put(t, Role.PARTNER_STAFF, SCOPE_AND_RELATED, READ_ORGANIZATION, READ_ALLIANCE_STATUS);
    put(t, Role.PARTNER_STAFF, SCOPE, READ_AGREEMENTS);
    // 活动报名 (issue 5)
    put(t, Role.DISTRICT_ADMIN, DISTRICT, READ_ACTIVITIES, MANAGE_ACTIVITIES, REGISTER_STUDENTS);
    put(t, Role.DISTRICT_MH_OFFICER, DISTRICT, READ_ACTIVITIES);
    put(t, Role.AUDITOR, DISTRICT, READ_ACTIVITIES);
    put(t, Role.UNIT_OFFICER, DISTRICT, READ_ACTIVITIES);
    put(t, Role.ZONE_COORDINATOR, SCOPE_AND_RELATED, READ_ACTIVITIES);
    put(t, Role.SCHOOL_ADMIN, SCOPE_AND_RELATED, READ_ACTIVITIES);
    put(t, Role.TEACHER, SCOPE_AND_RELATED, READ_ACTIVITIES);
    put(t, Role.COUNSELLOR, SCOPE_AND_RELATED, READ_ACTIVITIES);
    put(t, Role.PARTNER_STAFF, SCOPE_AND_RELATED, READ_ACTIVITIES);
    put(t, Role.GUARDIAN, SCOPE, READ_ACTIVITIES, REGISTER_OWN_CHILDREN);
    put(t, Role.ZONE_COORDINATOR, SCOPE, MANAGE_ACTIVITIES);
    put(t, Role.SCHOOL_ADMIN, SCOPE, MANAGE_ACTIVITIES, REGISTER_STUDENTS);
    put(t, Role.PARTNER_STAFF, SCOPE, MANAGE_ACTIVITIES);
    put(t, Role.TEACHER, SCOPE, REGISTER_STUDENTS);

    put(t, Role.DISTRICT_ADMIN, DISTRICT, IMPORT_ROSTER);
    put(t, Role.SCHOOL_ADMIN, SCOPE, IMPORT_ROSTER);

    put(t, Role.DISTRICT_ADMIN, DISTRICT, PUBLISH_NOTICES, READ_NOTICES);
    put(t, Role.SCHOOL_ADMIN, SCOPE, PUBLISH_NOTICES, READ_NOTICES);
    put(t, Role.TEACHER, SCOPE, PUBLISH_CLASS_NOTICES, READ_CLASS_NOTICES);
    put(t, Role.GUARDIAN, SELF, RECEIVE_NOTICES);
    // Messages and feedback (五(一)2, 三(三)3)
    put(t, Role.DISTRICT_ADMIN, DISTRICT, READ_FEEDBACK, READ_FEEDBACK_AUTHORS);
    put(t, Role.SCHOOL_ADMIN, SCOPE, CONVERSE, READ_OFFICE_HOURS, READ_FEEDBACK, ANSWER_FEEDBACK);
    put(t, Role.TEACHER, SCOPE, CONVERSE, READ_OFFICE_HOURS, SET_OFFICE_HOURS);
    put(t, Role.GUARDIAN, SCOPE, CONVERSE, READ_OFFICE_HOURS, SUBMIT_FEEDBACK);
    // In-school performance notes (五(一)2)
    put(t, Role.SCHOOL_ADMIN, SCOPE, WRITE_PERFORMANCE_NOTES, READ_PERFORMANCE_NOTES);
    put(t, Role.TEACHER, SCOPE, WRITE_PERFORMANCE_NOTES, READ_PERFORMANCE_NOTES);
    put(t, Role.COUNSELLOR, SCOPE, READ_PERFORMANCE_NOTES);
    put(t, Role.GUARDIAN, SCOPE, READ_PERFORMANCE_NOTES);
    put(t, Role.AUDITOR, DISTRICT, READ_NOTE_READ_AUDIT);
    // Parent mentors (五(一)3)
    put(t, Role.GUARDIAN, SCOPE, APPLY_AS_MENTOR);
    put(t, Role.SCHOOL_ADMIN, SCOPE, MANAGE_MENTORS, READ_MENTORS);
    put(t, Role.DISTRICT_ADMIN, DISTRICT, READ_MENTORS);
    // Family-education guidance column and resource sharing (五(一)2)
    put(t, Role.DISTRICT_ADMIN, DISTRICT, READ_GUIDANCE, MANAGE_GUIDANCE, READ_GUIDANCE_PROGRESS,
        READ_SHARED_RESOURCES);
    put(t, Role.SCHOOL_ADMIN, SCOPE, READ_GUIDANCE, MANAGE_GUIDANCE, READ_GUIDANCE_PROGRESS, SHARE_RESOURCES);
    put(t, Role.TEACHER, SCOPE, READ_GUIDANCE, SHARE_RESOURCES);
    put(t, Role.COUNSELLOR, SCOPE, READ_GUIDANCE);
    put(t, Role.GUARDIAN, SCOPE, READ_GUIDANCE, LEARN_GUIDANCE);
    put(t, Role.ZONE_COORDINATOR, DISTRICT, READ_SHARED_RESOURCES);
    put(t, Role.SCHOOL_ADMIN, DISTRICT, READ_SHARED_RESOURCES);
    put(t, Role.TEACHER, DISTRICT, READ_SHARED_RESOURCES);
    put(t, Role.COUNSELLOR, DISTRICT, READ_SHARED_RESOURCES);
    // Family-education instructors (五(一)4)
    put(t, Role.DISTRICT_ADMIN, DISTRICT, READ_INSTRUCTORS, MANAGE_INSTRUCTORS);
    put(t, Role.UNIT_OFFICER, DISTRICT, READ_INSTRUCTORS);
    put(t, Role.SCHOOL_ADMIN, SCOPE, READ_INSTRUCTORS, MANAGE_INSTRUCTORS);
    put(t, Role.PARTNER_STAFF, SCOPE, READ_INSTRUCTORS, MANAGE_INSTRUCTORS);
    for (Role staff : List.of(Role.DISTRICT_ADMIN, Role.DISTRICT_MH_OFFICER, Role.UNIT_OFFICER,
        Role.ZONE_COORDINATOR, Role.SCHOOL_ADMIN, Role.TEACHER, Role.COUNSELLOR, Role.PARTNER_STAFF)) {
      put(t, staff, SELF, LOG_OWN_INSTRUCTOR_SERVICES);
    }
    // Open days and reception days (五(一)3, 三(三)2)
    put(t, Role.DISTRICT_ADMIN, DISTRICT, READ_OPEN_DAYS);
    put(t, Role.SCHOOL_ADMIN, SCOPE, READ_OPEN_DAYS, MANAGE_OPEN_DAYS);
    put(t, Role.TEACHER, SCOPE, READ_OPEN_DAYS);
    put(t, Role.GUARDIAN, SCOPE, READ_OPEN_DAYS, BOOK_OPEN_DAYS);
    // Audit trail (五(二)) and home visits (五(一)3, 三(三)2)
    put(t, Role.AUDITOR, DISTRICT, READ_AUDIT_TRAIL, PURGE_AUDIT_TRAIL);
    put(t, Role.TEACHER, SCOPE, RECORD_HOME_VISITS, READ_HOME_VISITS);
    put(t, Role.SCHOOL_ADMIN, SCOPE, RECORD_HOME_VISITS, READ_HOME_VISITS);
    put(t, Role.GUARDIAN, SCOPE, READ_HOME_VISITS);
    // Consents (PIPL Art. 31; guards 五(二)1–2)
    put(t, Role.GUARDIAN, SCOPE, RECORD_CONSENTS, READ_CONSENTS);
    put(t, Role.SCHOOL_ADMIN, SCOPE, RECORD_CONSENTS, READ_CONSENTS);
    put(t, Role.COUNSELLOR, SCOPE, RECORD_CONSENTS, READ_CONSENTS);
    put(t, Role.DISTRICT_MH_OFFICER, DISTRICT, READ_CONSENTS);
    // Health vice-principals (三(二)5)
    put(t, Role.DISTRICT_ADMIN, DISTRICT, MANAGE_HEALTH_VICE_PRINCIPALS, READ_HEALTH_VICE_PRINCIPALS);
    put(t, Role.DISTRICT_MH_OFFICER, DISTRICT, READ_HEALTH_VICE_PRINCIPALS);
    put(t, Role.UNIT_OFFICER, DISTRICT, READ_HEALTH_VICE_PRINCIPALS);
    put(t, Role.SCHOOL_ADMIN, SCOPE, READ_HEALTH_VICE_PRINCIPALS);
    // The counsellor team (五(二)3)
    put(t, Role.DISTRICT_ADMIN, DISTRICT, MANAGE_COUNSELLOR_POSTS, READ_COUNSELLOR_POSTS, LOG_COUNSELLOR_TRAINING,
        READ_COUNSELLOR_TRAINING, READ_COUNSELLOR_COVERAGE);
    put(t, Role.DISTRICT_MH_OFFICER, DISTRICT, MANAGE_COUNSELLOR_POSTS, READ_COUNSELLOR_POSTS,
        LOG_COUNSELLOR_TRAINING, READ_COUNSELLOR_TRAINING, READ_COUNSELLOR_COVERAGE);
    put(t, Role.SCHOOL_ADMIN, SCOPE, MANAGE_COUNSELLOR_POSTS, READ_COUNSELLOR_POSTS);
    put(t, Role.COUNSELLOR, SELF, READ_OWN_COUNSELLOR_POSTS, LOG_OWN_COUNSELLOR_TRAINING);
    put(t, Role.UNIT_OFFICER, DISTRICT, READ_COUNSELLOR_COVERAGE);
    // Break-glass (五(二)2)
    put(t, Role.DISTRICT_MH_OFFICER, DISTRICT, BREAK_GLASS);
    put(t, Role.AUDITOR, DISTRICT, READ_BREAK_GLASS);
    put(t, Role.COUNSELLOR, SCOPE, READ_BREAK_GLASS);
    // Full student profile (audited, 五(二)): need to know from the roster, nobody district-wide
    put(t, Role.SCHOOL_ADMIN, SCOPE, READ_STUDENT_PROFILES);
    put(t, Role.TEACHER, SCOPE, READ_STUDENT_PROFILES);
    put(t, Role.COUNSELLOR, SCOPE, READ_STUDENT_PROFILES);
    put(t, Role.GUARDIAN, SCOPE, READ_STUDENT_PROFILES);
    // Screening campaigns and results (心理普测, 五(二)2): per-student results only to the school's counsellors
    put(t, Role.DISTRICT_MH_OFFICER, DISTRICT, MANAGE_SCREENINGS, READ_SCREENINGS);
    put(t, Role.COUNSELLOR, SCOPE, MANAGE_SCREENINGS, READ_SCREENINGS, RECORD_SCREENING_RESULTS,
        READ_SCREENING_RESULTS);
    // Mental-health files (一生一档, 五(二)2)
    put(t, Role.DISTRICT_MH_OFFICER, DISTRICT, READ_MENTAL_HEALTH_FILES);
    put(t, Role.COUNSELLOR, SCOPE, READ_MENTAL_HEALTH_FILES, WRITE_MENTAL_HEALTH_FILES);
    put(t, Role.TEACHER, SCOPE, READ_MENTAL_HEALTH_ATTENTION);
    put(t, Role.GUARDIAN, SCOPE, READ_MENTAL_HEALTH_SUMMARY);
    // Crisis referral green channel (五(二)1)
    put(t, Role.COUNSELLOR, SCOPE, REFER_STUDENTS, READ_REFERRALS);
    put(t, Role.DISTRICT_MH_OFFICER, DISTRICT, READ_REFERRALS);
    put(t, Role.CLINICIAN, SCOPE, READ_REFERRALS, ANSWER_REFERRALS);
    // The mental-health report (五(二)2; issue 6: aggregates only, small counts suppressed); not the auditor, who
    // audits access, not the figures
    put(t, Role.DISTRICT_ADMIN, DISTRICT, READ_MENTAL_HEALTH_REPORT);
    put(t, Role.DISTRICT_MH_OFFICER, DISTRICT, READ_MENTAL_HEALTH_REPORT);
    put(t, Role.UNIT_OFFICER, DISTRICT, READ_MENTAL_HEALTH_REPORT);
    return ImmutableMap.copyOf(Maps.transformValues(t, ImmutableMap::copyOf));
  }

  private static void put(EnumMap<Role, EnumMap<Action, Reach>> t, Role role, Reach reach, Action... actions) {
    for (Action action : actions) {
      Reach before = t.get(role).put(action, reach);
      if (before != null && before != reach && action != READ_POLICY) {
        throw new IllegalStateException(role + " × " + action + " listed twice");
      }
    }
  }

  /** The row of the table for {@code role}: every action it may do at all, with its reach. */
  public static Map<Action, Reach> permissionsOf(Role role) {
    return TABLE.get(requireNonNull(role, "role"));
  }

  /**
   * How far an assignment of {@code role} in a scope of {@code scopeType} reaches for {@code action}. An
   * aggregate-only scope permits only the aggregates (READ_REPORTS, READ_MENTAL_HEALTH_REPORT), READ_POLICY and
   * READ_SELF; a district scope reaches the whole district.
   */
  public static Reach reach(Role role, ScopeType scopeType, Action action) {
    requireNonNull(scopeType, "scopeType");
    requireNonNull(action, "action");
    Reach reach = permissionsOf(role).getOrDefault(action, Reach.NONE);
    if (scopeType == ScopeType.AGGREGATE_ONLY && action != READ_REPORTS && action != READ_MENTAL_HEALTH_REPORT
        && action != READ_POLICY && action != READ_SELF) {
      return Reach.NONE;
    }
    if (scopeType == ScopeType.DISTRICT && (reach == SCOPE || reach == SCOPE_AND_RELATED)) {
      return DISTRICT;
    }
    return reach;
  }

  /**
   * What the user {@code self} of {@code district}, holding {@code grants} today, may do {@code action} on.
   * A grant's footprints are read only if its reach needs them, and not at all once some grant reaches the
   * whole district. READ_SELF always covers the user's own account: a signed-in user may see that they hold
   * no role.
   */
  public static Coverage coverage(DistrictCode district, UserId self, List<? extends Grant> grants, Action action) {
    requireNonNull(district, "district");
    requireNonNull(self, "self");
    requireNonNull(action, "action");
    boolean permitted = action == READ_SELF;
    boolean whole = false;
    Set<SchoolId> schools = new HashSet<>();
    Set<ZoneId> zones = new HashSet<>();
    Set<PartnerId> partners = new HashSet<>();
    Set<UserId> users = new HashSet<>();
    if (action == READ_SELF) {
      users.add(self);
    }
    for (Grant grant : grants) {
      Reach reach = reach(grant.role(), grant.scope().type(), action);
      if (reach == Reach.NONE) {
        continue;
      }
      permitted = true;
      if (whole) {
        continue;
      }
      switch (reach) {
        case DISTRICT -> whole = true;
        case SELF -> users.add(self);
        case SCOPE -> add(grant.own(), schools, zones, partners);
        case SCOPE_AND_RELATED -> {
          add(grant.own(), schools, zones, partners);
          add(grant.related(), schools, zones, partners);
        }
        default -> throw new IllegalStateException("unexpected reach " + reach);
      }
    }
    if (!permitted) {
      return Coverage.none(action, district);
    }
    return new Coverage(action, district, true, whole, schools, zones, partners, users);
  }

  private static void add(ScopeFootprint f, Set<SchoolId> schools, Set<ZoneId> zones, Set<PartnerId> partners) {
    schools.addAll(f.schools());
    zones.addAll(f.zones());
    partners.addAll(f.partners());
  }

  /**
   * The one decision: may the user {@code self} of {@code district}, holding {@code grants} today, do
   * {@code action} on {@code target}? {@link Verdict#ALLOWED} if its coverage of the action includes the
   * target; otherwise {@link Verdict#FORBIDDEN} if the coverage of some other action includes it (the user
   * can see it) or it is the user's own district as a whole, else {@link Verdict#NOT_FOUND} (another
   * district, or outside every scope).
   */
  public static Verdict decide(DistrictCode district, UserId self, List<? extends Grant> grants, Action action,
      Target target) {
    requireNonNull(target, "target");
    if (!target.district().equals(requireNonNull(district, "district"))) {
      return Verdict.NOT_FOUND;
    }
    if (coverage(district, self, grants, action).covers(target)) {
      return Verdict.ALLOWED;
    }
    if (target instanceof Target.District) {
      return Verdict.FORBIDDEN; // one's own district is no secret, even with no role today
    }
    for (Action other : Action.values()) {
      if (other != action && coverage(district, self, grants, other).covers(target)) {
        return Verdict.FORBIDDEN;
      }
    }
    return Verdict.NOT_FOUND;
  }
}
