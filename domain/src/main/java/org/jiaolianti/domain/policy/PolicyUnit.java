package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A unit that signed the policy (a department or body of the district).
 *
 * <p>中文：联合发文单位（相关部门）。依据：发文机关署名，三(二)
 *
 * @param code the unit's code
 * @param name the short name the text uses (区教育局)
 * @param fullName the name in the signature block (厦门市翔安区教育局)
 * @param nameEn English label
 */
public record PolicyUnit(UnitCode code, String name, String fullName, String nameEn) {
  public PolicyUnit {
    requireNonNull(code, "code");
    checkArgument(name != null && !name.isBlank(), "unit %s: name must not be blank", code);
    checkArgument(fullName != null && !fullName.isBlank(), "unit %s: fullName must not be blank", code);
    checkArgument(nameEn != null && !nameEn.isBlank(), "unit %s: nameEn must not be blank", code);
  }
}
