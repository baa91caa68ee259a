package org.jiaolianti.domain.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One access to record, before the trail gives it its place in the chain (sequence and hashes). Never the
 * sensitive content: only who, role, scope, subject, action, purpose, outcome and time.
 *
 * <p>中文：待写入的审计记录。
 *
 * @param at when, truncated to microseconds (what both databases keep), so that the hash survives a round trip
 * @param actorUsername the user's sign-in name ({@code system} for batch jobs)
 * @param actorUserId the user's id ({@code system} for batch jobs)
 * @param role the roles held at the time, comma-separated, sorted (e.g. {@code SCHOOL_ADMIN,TEACHER})
 * @param scope the scopes held at the time, as text ({@code TEACHER:CLASSES:class-1;…})
 * @param purpose why (a code or short text, e.g. {@code CLASS_TEACHING}, {@code BREAK_GLASS:reason})
 */
public record AuditEntry(DistrictCode district, Instant at, String actorUsername, String actorUserId, String role,
    String scope, AuditSubject subject, AuditAction action, String purpose, AuditOutcome outcome) {

  public static final int MAX_TEXT = 500;

  public AuditEntry {
    requireNonNull(district, "district");
    at = requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    actorUsername = text(actorUsername, "actorUsername", 100);
    actorUserId = text(actorUserId, "actorUserId", 64);
    role = text(role, "role", MAX_TEXT);
    scope = text(scope, "scope", 2000);
    requireNonNull(subject, "subject");
    requireNonNull(action, "action");
    purpose = text(purpose, "purpose", MAX_TEXT);
    requireNonNull(outcome, "outcome");
  }

  private static String text(String value, String name, int max) {
    requireNonNull(value, name);
    checkArgument(value.length() <= max, "%s longer than %s characters", name, max);
    return value;
  }
}
