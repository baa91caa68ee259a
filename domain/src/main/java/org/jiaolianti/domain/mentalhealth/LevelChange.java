package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.people.UserId;

/**
 * One change of a file's level: from (null for the level set when the file was opened), to, who, when and why.
 * {@code note} is the why, free text: the application encrypts it (this record then holds the sealed form); the level codes are not encrypted (the district
 * mental-health officer sees levels, notes only through break-glass).
 *
 * <p>中文：分级变更记录。依据：五(二)2
 */
public record LevelChange(String from, String to, UserId by, Instant at, String note) {
  /** The longest reason a user may give (the application validates this on the plain text). */
  public static final int MAX_NOTE = 1000;
  /**
   * The longest {@code note} held: the application keeps the reason sealed (AES-GCM, base64, {@code fc1:<key>:…}),
   * at most four characters per plain character plus the prefix, so the guard bounds the sealed form.
   */
  public static final int MAX_STORED_NOTE = 4 * MAX_NOTE + 100;

  public LevelChange {
    requireNonNull(to, "to");
    checkArgument(!to.equals(from), "a level change changes the level (%s)", to);
    requireNonNull(by, "by");
    requireNonNull(at, "at");
    checkArgument(note != null && !note.isBlank() && note.length() <= MAX_STORED_NOTE,
        "a level change needs a reason of 1-%s characters (sealed)", MAX_STORED_NOTE);
  }
}
