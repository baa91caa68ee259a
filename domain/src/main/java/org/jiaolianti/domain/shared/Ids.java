package org.jiaolianti.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.UUID;
import java.util.regex.Pattern;

/** Checks and mints the opaque string ids of records (UUIDs by default; never a row number). */
public final class Ids {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private Ids() {}

  /** Checks {@code value} is a well-formed id and returns it. */
  public static String check(String value, String kind) {
    checkArgument(value != null && FORMAT.matcher(value).matches(),
        "%s must be 1-64 letters, digits, '-' or '_', was '%s'", kind, value);
    return value;
  }

  public static String newId() {
    return UUID.randomUUID().toString();
  }
}
