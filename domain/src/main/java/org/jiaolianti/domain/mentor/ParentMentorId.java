package org.jiaolianti.domain.mentor;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a parent mentor (application). */
public record ParentMentorId(String value) {
  public ParentMentorId {
    Ids.check(value, "ParentMentorId");
  }

  public static ParentMentorId of(String value) {
    return new ParentMentorId(value);
  }

  public static ParentMentorId newId() {
    return new ParentMentorId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
