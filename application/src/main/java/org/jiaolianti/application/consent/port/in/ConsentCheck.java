package org.jiaolianti.application.consent.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.mentalhealth.Consent;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * For other use cases (the file 五(二)2, a referral 五(二)1), after their own access check: is a consent for exactly
 * a purpose in force for a student on a day ({@link org.jiaolianti.domain.mentalhealth.ConsentRules}). No access
 * check here: the caller has decided who may ask. Call inside the caller's transaction.
 *
 * <p>中文：同意是否有效（供其他用例调用）。依据：五(二)1、五(二)2
 */
public interface ConsentCheck {

  boolean inForce(DistrictCode district, StudentId student, ConsentPurpose purpose, LocalDate on);

  /** Allowed, or rejected naming the missing purpose and the clause of the use it guards. */
  Decision require(DistrictCode district, StudentId student, ConsentPurpose purpose, LocalDate on);

  /** Every consent of the student (for {@code ConsentRules.mayRefer} and the emergency path). */
  List<Consent> consentsOf(DistrictCode district, StudentId student);
}
