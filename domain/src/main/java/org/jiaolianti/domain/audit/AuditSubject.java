package org.jiaolianti.domain.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * What an audit event is about: a type code ({@code HOME_VISIT}, {@code STUDENT}, {@code MENTAL_HEALTH_FILE},
 * {@code AUDIT_TRAIL}) and the subject's id as given by the caller (a denied attempt may name an id that does not
 * exist; it is kept as asked, cut to {@value #MAX_ID} characters). 中文：审计对象。
 */
public record AuditSubject(String type, String id) {

  public static final int MAX_ID = 200;
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  public AuditSubject {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    checkArgument(TYPE.matcher(type).matches(), "subject type %s is not an UPPER_SNAKE code", type);
    checkArgument(!id.isBlank() && id.length() <= MAX_ID, "subject id must be 1..%s characters", MAX_ID);
  }

  /** A subject for an id as asked by a caller: blank becomes "-", longer than {@value #MAX_ID} is cut. */
  public static AuditSubject asked(String type, String id) {
    String value = id == null || id.isBlank() ? "-" : id.strip();
    return new AuditSubject(type, value.length() > MAX_ID ? value.substring(0, MAX_ID) : value);
  }
}
