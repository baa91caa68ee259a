package org.jiaolianti.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Voiding;

/**
 * A docking agreement (工作对接机制) between one school and one partner: the collaboration(s) it
 * serves, duties, mode of collaboration, responsible person and contact, over a period. Always
 * school × partner; voided rather than deleted; its status is derived from its dates.
 *
 * <p>中文：工作对接机制（明确工作职责、协同方式、责任人和联系方式）。依据：四(二)
 */
public record DockingAgreement(
    AgreementId id,
    DistrictCode district,
    SchoolId school,
    PartnerId partner,
    Set<Collaboration> collaborations,
    String duties,
    String mode,
    String responsiblePerson,
    String contact,
    DateRange period,
    Voiding voiding,
    long version) {

  public DockingAgreement {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(partner, "partner");
    checkArgument(collaborations != null && !collaborations.isEmpty(), "agreement %s serves no collaboration", id);
    collaborations = Sets.immutableEnumSet(collaborations);
    checkArgument(duties != null && !duties.isBlank(), "agreement %s: duties must not be blank", id);
    checkArgument(mode != null && !mode.isBlank(), "agreement %s: mode must not be blank", id);
    checkArgument(responsiblePerson != null && !responsiblePerson.isBlank(), "agreement %s: responsible person must not be blank", id);
    checkArgument(contact != null && !contact.isBlank(), "agreement %s: contact must not be blank", id);
    requireNonNull(period, "period");
  }

  public static DockingAgreement sign(AgreementId id, DistrictCode district, SchoolId school, PartnerId partner,
      Set<Collaboration> collaborations, String duties, String mode, String responsiblePerson, String contact, DateRange period) {
    return new DockingAgreement(id, district, school, partner, collaborations, duties, mode, responsiblePerson, contact, period, null, 0);
  }

  /** In force on {@code date}: not voided and the date lies in its period. */
  public boolean countsOn(LocalDate date) {
    return voiding == null && period.contains(date);
  }

  public boolean isVoided() {
    return voiding != null;
  }

  public Optional<Voiding> optionalVoiding() {
    return Optional.ofNullable(voiding);
  }

  public DockingAgreement endingOn(LocalDate lastDay) {
    checkArgument(voiding == null, "agreement %s is voided", id);
    return new DockingAgreement(id, district, school, partner, collaborations, duties, mode, responsiblePerson, contact,
        period.endingOn(lastDay), null, version);
  }

  public DockingAgreement voided(Voiding v) {
    checkArgument(voiding == null, "agreement %s is already voided", id);
    return new DockingAgreement(id, district, school, partner, collaborations, duties, mode, responsiblePerson, contact,
        period, requireNonNull(v), version);
  }
}
