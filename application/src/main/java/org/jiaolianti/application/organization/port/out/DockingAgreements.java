package org.jiaolianti.application.organization.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.organization.AgreementId;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Docking agreements (school × partner). Never deleted: voided. */
public interface DockingAgreements {

  /** Adds several agreements at once (a department docking with forty schools); batched where storage allows. */
  void addAll(List<DockingAgreement> agreements);

  DockingAgreement update(DockingAgreement agreement);

  Optional<DockingAgreement> byId(DistrictCode district, AgreementId id);

  /** A school's agreements of every date, voided ones included. */
  List<DockingAgreement> ofSchool(DistrictCode district, SchoolId school);

  List<DockingAgreement> all(DistrictCode district);
}
