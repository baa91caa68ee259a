package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One consent for one student and one purpose: who gave it (a guardian, or the student), on which day, how, and
 * who recorded it; revocable at any time (PIPL Art. 15), the revocation kept beside it. Never deleted. In force
 * from {@code grantedOn} (inclusive) up to {@code revokedOn} (exclusive: a revocation takes effect on its day).
 * Check {@link ConsentRules#mayGrant} before {@link #grant} and {@link ConsentRules#mayRevoke} before
 * {@link #revoked}.
 *
 * <p>中文：个人信息处理同意（按学生、按用途分别记录，可撤回）。依据：五(二)2
 *
 * @param guardian the guardian who consented; set exactly when {@code grantorKind} is GUARDIAN
 * @param grantedOn the day the consent was given (on the form); not after the day it was recorded
 * @param revokedOn the day the revocation took effect (null while in force); {@code revokedAt}, {@code revokedBy}
 *     and {@code revokeMethod} are set with it
 */
public record Consent(
    ConsentId id,
    DistrictCode district,
    StudentId student,
    ConsentPurpose purpose,
    GrantorKind grantorKind,
    GuardianId guardian,
    ConsentMethod method,
    LocalDate grantedOn,
    UserId recordedBy,
    Instant recordedAt,
    LocalDate revokedOn,
    UserId revokedBy,
    Instant revokedAt,
    ConsentMethod revokeMethod,
    long version) {

  public Consent {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(student, "student");
    requireNonNull(purpose, "purpose");
    requireNonNull(grantorKind, "grantorKind");
    checkArgument((grantorKind == GrantorKind.GUARDIAN) == (guardian != null),
        "a guardian is named exactly when a guardian consents");
    requireNonNull(method, "method");
    requireNonNull(grantedOn, "grantedOn");
    requireNonNull(recordedBy, "recordedBy");
    requireNonNull(recordedAt, "recordedAt");
    boolean revoked = revokedOn != null;
    checkArgument(revoked == (revokedBy != null) && revoked == (revokedAt != null) && revoked == (revokeMethod != null),
        "revokedOn, revokedBy, revokedAt and revokeMethod are set together");
    checkArgument(revokedOn == null || !revokedOn.isBefore(grantedOn), "a consent is revoked on or after its grant");
    checkArgument(version >= 0, "version must be >= 0");
  }

  /** A new consent in force from {@code grantedOn}. */
  public static Consent grant(ConsentId id, DistrictCode district, StudentId student, ConsentPurpose purpose,
      GrantorKind grantorKind, GuardianId guardian, ConsentMethod method, LocalDate grantedOn, UserId recordedBy,
      Instant recordedAt) {
    return new Consent(id, district, student, purpose, grantorKind, guardian, method, grantedOn, recordedBy,
        recordedAt, null, null, null, null, 0);
  }

  /** Revoked from {@code on} (inclusive); the grant stays on record. */
  public Consent revoked(LocalDate on, UserId by, Instant at, ConsentMethod how) {
    checkArgument(revokedOn == null, "consent %s is already revoked", id);
    return new Consent(id, district, student, purpose, grantorKind, guardian, method, grantedOn, recordedBy,
        recordedAt, on, by, at, how, version);
  }

  /** Whether this consent is in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(grantedOn) && (revokedOn == null || date.isBefore(revokedOn));
  }

  public boolean revoked() {
    return revokedOn != null;
  }
}
