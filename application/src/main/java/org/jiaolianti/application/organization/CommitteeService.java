package org.jiaolianti.application.organization;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase;
import org.jiaolianti.application.organization.port.out.CommitteeMembers;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.Periods;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Voiding;

/** Appoints, ends and voids co-education committee members (五(一)1). */
public final class CommitteeService implements ManageCommitteeUseCase {

  private final CommitteeMembers members;
  private final Schools schools;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public CommitteeService(CommitteeMembers members, Schools schools, Transactions tx, Clock clock, CommandValidator validator) {
    this.members = requireNonNull(members);
    this.schools = requireNonNull(schools);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public CommitteeMember appoint(AppointMemberCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    SchoolId school = SchoolId.of(command.schoolId());
    var period = Periods.of(command.validFrom(), command.validTo());
    return tx.inTransaction(() -> {
      if (schools.byId(district, school).isEmpty()) {
        throw new NotFoundException("school", school);
      }
      CommitteeMember member = CommitteeMember.appoint(CommitteeMemberId.newId(), district, school,
          command.name().strip(), command.kind(), Periods.blankToNull(command.duty()), period);
      members.add(member);
      return member;
    });
  }

  @Override
  public CommitteeMember end(EndMemberCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    return tx.inTransaction(() -> {
      CommitteeMember member = member(district, command.memberId());
      if (member.isVoided()) {
        throw InvalidInputException.of("memberId", "Voided", "该成员记录已作废", "the member record is voided");
      }
      Periods.requireEndWithin(member.period(), command.lastDay());
      return members.update(member.endingOn(command.lastDay()));
    });
  }

  @Override
  public CommitteeMember voidMember(VoidMemberCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    return tx.inTransaction(() -> {
      CommitteeMember member = member(district, command.memberId());
      if (member.isVoided()) {
        throw InvalidInputException.of("memberId", "Voided", "该成员记录已作废", "the member record is already voided");
      }
      return members.update(member.voided(new Voiding(command.voidedBy(), clock.now(), command.reason())));
    });
  }

  private CommitteeMember member(DistrictCode district, String id) {
    return members.byId(district, CommitteeMemberId.of(id)).orElseThrow(() -> new NotFoundException("committee member", id));
  }
}
