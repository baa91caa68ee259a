package org.jiaolianti.application.alert;

import org.jiaolianti.domain.alert.AlertKind;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Raises alerts for other use cases, inside their transaction (an alert is written with the change it reports, or
 * not at all). {@code text} must not carry sensitive content: it says what happened and whom to contact;
 * {@code subjectType} and {@code subjectId} say what the alert is about (e.g. REFERRAL and its id).
 */
public interface Alerting {

  /** Alerts one user (staff), e.g. a school's mental-health lead. */
  void alertUser(DistrictCode district, UserId recipient, AlertKind kind, String subjectType, String subjectId,
      Bilingual text);

  /**
   * Alerts one user at most once for this kind and subject: a repeated call (a sweep that runs again) does nothing.
   */
  void alertUserOnce(DistrictCode district, UserId recipient, AlertKind kind, String subjectType, String subjectId,
      Bilingual text);

  /** Alerts every guardian linked to {@code student} (in the app, and outbound where the deployment has a channel). */
  void alertGuardiansOf(DistrictCode district, StudentId student, AlertKind kind, String subjectType, String subjectId,
      Bilingual text);
}
