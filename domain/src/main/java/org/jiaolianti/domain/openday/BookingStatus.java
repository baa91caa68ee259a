package org.jiaolianti.domain.openday;

/** A booking holds a place (BOOKED) until the guardian cancels it (CANCELLED, kept). 中文：预约状态。 */
public enum BookingStatus {
  BOOKED,
  CANCELLED
}
