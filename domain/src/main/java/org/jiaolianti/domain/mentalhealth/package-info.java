/**
 * 医教互促 (五(二)): the students' mental-health work of schools with medical institutions — the most sensitive data of
 * the system (minors' health information). What the text asks, and where it lives:
 * <ul>
 *   <li>五(二) (intro): the 四位一体 system — health education, monitoring and early warning, counselling,
 *       intervention.</li>
 *   <li>五(二)1: the crisis referral green channel (心理危机转介"绿色通道") from schools to mental-health medical
 *       institutions — {@link org.jiaolianti.domain.mentalhealth.Referral},
 *       {@link org.jiaolianti.domain.mentalhealth.ReferralRules} (with the institution's duty in 三(六)4:
 *       "畅通预防转介干预就医通道，及时转介、诊断、治疗"); step time limits are local seed settings.</li>
 *   <li>五(二)2: 一生一档 — one file per student built from screening, daily observation and home visits, graded and
 *       classified, with talks, guidance and targeted help for students in key attention —
 *       {@link org.jiaolianti.domain.mentalhealth.MentalHealthFile}, {@code CareRecord}, {@code ScreeningCampaign},
 *       {@code ScreeningResult} and their rules.</li>
 *   <li>五(二)3: the counsellor team (心理健康教师队伍) — {@code CounsellorPost}, {@code TrainingRecord},
 *       {@code CounsellorCoverage}.</li>
 *   <li>三(二)5: 区卫健局 supports medical staff as schools' health vice-principals (健康副校长) —
 *       {@code HealthVicePrincipal}.</li>
 *   <li>三(二)6: 区民政局 cares for children in difficulty, left-behind and migrant children (困境儿童、留守儿童、
 *       流动儿童) — {@link org.jiaolianti.domain.mentalhealth.CareMark} with a care plan on the file.</li>
 * </ul>
 * Consent ({@link org.jiaolianti.domain.mentalhealth.ConsentRules}) and break-glass come from the law (PIPL) and the
 * need-to-know principle, not from the text. Every number and list the text leaves open (levels, categories, scales,
 * time limits, break-glass minutes, …) is a local setting: {@link org.jiaolianti.domain.mentalhealth.MentalHealthSettings}
 * (seed {@code localSettings.mentalHealth}).
 *
 * <p>Storage: every record has an id value type and a version (where it changes) and is rebuilt through its canonical
 * constructor or {@code reconstitute}. Free text ({@code note}, {@code plan}, a referral's summary, outcome and
 * follow-up plan) is plain here: the application encrypts it at rest (AES-GCM, key id stored).
 *
 * <p>中文：医教互促（心理健康档案、危机转介绿色通道、同意、紧急调阅、健康副校长、心理健康教师队伍）。依据：五(二)1、五(二)2、五(二)3、三(二)5、三(二)6
 */
package org.jiaolianti.domain.mentalhealth;
