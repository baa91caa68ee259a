package org.jiaolianti.domain.messaging;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a feedback. */
public record FeedbackId(String value) {
  public FeedbackId {
    Ids.check(value, "FeedbackId");
  }

  public static FeedbackId of(String value) {
    return new FeedbackId(value);
  }

  public static FeedbackId newId() {
    return new FeedbackId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
