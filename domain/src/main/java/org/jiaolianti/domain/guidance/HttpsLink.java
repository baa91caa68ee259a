package org.jiaolianti.domain.guidance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * A link a guardian or a teacher opens: https only (no {@code http:}, {@code javascript:} or {@code data:}), a host,
 * no spaces or control characters, at most {@link #MAX} characters.
 *
 * <p>中文：https 链接。
 */
public record HttpsLink(String value) {

  public static final int MAX = 500;
  /** What {@link #isValid} accepts, for Bean Validation {@code @Pattern}s. */
  public static final String PATTERN = "https://[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?([/?#][^\\s<>\"]*)?";
  private static final Pattern VALID = Pattern.compile(PATTERN);

  public HttpsLink {
    checkArgument(isValid(value), "a link must be https://host/… of at most %s characters", MAX);
  }

  public static HttpsLink of(String value) {
    return new HttpsLink(value);
  }

  /** Null-safe: whether {@code value} is a valid https link. */
  public static boolean isValid(String value) {
    return value != null && value.length() <= MAX && VALID.matcher(value).matches()
        && value.codePoints().noneMatch(Character::isISOControl);
  }

  @Override
  public String toString() {
    return value;
  }
}
