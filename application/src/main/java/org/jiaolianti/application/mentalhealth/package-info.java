/**
 * Mental-health files (一生一档, 五(二)2): one file per student, graded and classified, with level history, care
 * marks (三(二)6), observations and interventions with follow-ups. Every free text is sealed with the field cipher
 * before storage; access is decided here (caseload counsellor, school counsellors, district officer with
 * break-glass, teachers' attention flag, guardians' summary) and every read and write is audited.
 * 中文：学生心理健康档案（一生一档）。依据：五(二)2、三(二)6
 */
package org.jiaolianti.application.mentalhealth;
