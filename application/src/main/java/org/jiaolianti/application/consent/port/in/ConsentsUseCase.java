package org.jiaolianti.application.consent.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.mentalhealth.Consent;
import org.jiaolianti.domain.mentalhealth.ConsentMethod;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.GrantorKind;

/**
 * Consents per student and purpose (PIPL Art. 31; they unlock the uses of 五(二)1–2). A GUARDIAN records and
 * revokes for their own children, as the grantor themself, in the app; a SCHOOL_ADMIN or COUNSELLOR of the
 * student's school records forms received on paper (WRITTEN_FORM), naming the linked guardian or the student who
 * signed. Who may consent is {@link org.jiaolianti.domain.mentalhealth.ConsentRules#mayGrant} (age on the day
 * of the grant). Readers: the same, and DISTRICT_MH_OFFICER district-wide. A student outside the caller's reach
 * (another school; another guardian's child) is not found.
 *
 * <p>中文：同意的登记、查看与撤回。依据：五(二)1、五(二)2
 */
public interface ConsentsUseCase {

  Consent record(Actor actor, RecordCommand command);

  /** The student's consents, in force and revoked, oldest first. */
  List<Consent> ofStudent(Actor actor, String studentId);

  Consent revoke(Actor actor, RevokeCommand command);

  /**
   * @param grantor who consented: for a guardian caller absent or GUARDIAN (themself); required for staff
   * @param guardianId for staff recording a guardian's form: the guardian (linked to the student)
   * @param method absent: IN_APP for a guardian, WRITTEN_FORM for staff (the only methods they may record)
   * @param grantedOn the day on the form; absent: today
   */
  record RecordCommand(
      @RecordId String studentId,
      @NotNull ConsentPurpose purpose,
      GrantorKind grantor,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}") String guardianId,
      ConsentMethod method,
      LocalDate grantedOn) {}

  /** @param method absent: IN_APP for a guardian, WRITTEN_FORM for staff */
  record RevokeCommand(@RecordId String consentId, ConsentMethod method) {}
}
