package org.jiaolianti.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A town or street (镇/街道) of the district; schools and communities lie in one.
 *
 * <p>中文：镇(街)。依据：三(五)
 */
public record Town(TownCode code, DistrictCode district, String name, TownKind kind) {
  public Town {
    requireNonNull(code, "code");
    requireNonNull(district, "district");
    checkArgument(name != null && !name.isBlank() && name.length() <= 100, "town name must be 1-100 characters");
    requireNonNull(kind, "kind");
    checkArgument(code.value().startsWith(district.value()), "town %s does not lie in district %s", code, district);
  }
}
