/**
 * Consents (同意) for the students' mental-health work: recorded per student and per purpose, revocable, with
 * who, when and how; who may consent is {@link org.jiaolianti.domain.mentalhealth.ConsentRules} (PIPL Art. 31),
 * the uses they unlock are 五(二)1 (referral) and 五(二)2 (the file). Other use cases ask
 * {@link org.jiaolianti.application.consent.port.in.ConsentCheck} whether a consent is in force.
 *
 * <p>中文：同意记录（按学生、按用途）。依据：五(二)1、五(二)2
 */
package org.jiaolianti.application.consent;
