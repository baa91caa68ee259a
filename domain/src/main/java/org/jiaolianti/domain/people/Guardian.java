package org.jiaolianti.domain.people;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A parent or other guardian (家长/监护人); one guardian may have several children in several schools.
 *
 * <p>中文：家长（监护人）。依据：三(四)
 */
public record Guardian(GuardianId id, DistrictCode district, String name, MobileNumber mobile, long version) {
  public Guardian {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    checkArgument(name != null && !name.isBlank() && name.length() <= 50, "guardian name must be 1-50 characters");
    requireNonNull(mobile, "mobile");
  }

  @Override
  public String toString() {
    return "Guardian[" + id + ", " + mobile.masked() + "]";
  }
}
