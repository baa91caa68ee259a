package org.jiaolianti.application.organization;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.Periods;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.organization.AgreementId;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Voiding;

/** Signs docking agreements in bulk (all or none), ends and voids them (四(二)). */
public final class DockingAgreementService implements ManageDockingAgreementsUseCase {

  private final DockingAgreements agreements;
  private final Partners partners;
  private final Schools schools;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public DockingAgreementService(DockingAgreements agreements, Partners partners, Schools schools, Transactions tx,
      Clock clock, CommandValidator validator) {
    this.agreements = requireNonNull(agreements);
    this.partners = requireNonNull(partners);
    this.schools = requireNonNull(schools);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public List<DockingAgreement> sign(SignAgreementsCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    var period = Periods.of(command.validFrom(), command.validTo());
    LinkedHashSet<String> schoolIds = new LinkedHashSet<>(command.schoolIds());
    if (schoolIds.size() != command.schoolIds().size()) {
      throw InvalidInputException.of("schoolIds", "Unique", "学校列表中有重复", "a school is listed twice");
    }
    return tx.inTransaction(() -> {
      PartnerId partner = PartnerId.of(command.partnerId());
      if (partners.byId(district, partner).isEmpty()) {
        throw new NotFoundException("partner", partner);
      }
      // Check every school before writing anything: all or none.
      List<DockingAgreement> signed = new ArrayList<>();
      for (String id : schoolIds) {
        SchoolId school = SchoolId.of(id);
        if (schools.byId(district, school).isEmpty()) {
          throw new NotFoundException("school", school);
        }
        signed.add(DockingAgreement.sign(AgreementId.newId(), district, school, partner, command.collaborations(),
            command.duties().strip(), command.mode().strip(), command.responsiblePerson().strip(),
            command.contact().strip(), period));
      }
      agreements.addAll(signed);
      return List.copyOf(signed);
    });
  }

  @Override
  public DockingAgreement end(EndAgreementCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    return tx.inTransaction(() -> {
      DockingAgreement agreement = agreement(district, command.agreementId());
      if (agreement.isVoided()) {
        throw InvalidInputException.of("agreementId", "Voided", "该对接机制已作废", "the agreement is voided");
      }
      Periods.requireEndWithin(agreement.period(), command.lastDay());
      return agreements.update(agreement.endingOn(command.lastDay()));
    });
  }

  @Override
  public DockingAgreement voidAgreement(VoidAgreementCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    return tx.inTransaction(() -> {
      DockingAgreement agreement = agreement(district, command.agreementId());
      if (agreement.isVoided()) {
        throw InvalidInputException.of("agreementId", "Voided", "该对接机制已作废", "the agreement is already voided");
      }
      return agreements.update(agreement.voided(new Voiding(command.voidedBy(), clock.now(), command.reason())));
    });
  }

  private DockingAgreement agreement(DistrictCode district, String id) {
    return agreements.byId(district, AgreementId.of(id)).orElseThrow(() -> new NotFoundException("docking agreement", id));
  }
}
