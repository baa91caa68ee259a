package org.jiaolianti.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A body schools dock with (四(二)): a department (names its signing {@code unit}), a town/street or a
 * community (names its {@code town}), or a social resource unit (names its {@code resourceKind}, 三(六)).
 *
 * <p>中文：对接单位（相关部门、镇(街)社区、社会资源单位）。依据：四(二)、三(五)、三(六)
 */
public record Partner(
    PartnerId id,
    DistrictCode district,
    PartnerKind kind,
    String name,
    UnitCode unit,
    TownCode town,
    SocialResourceKind resourceKind,
    long version) {

  public Partner {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(kind, "kind");
    checkArgument(name != null && !name.isBlank() && name.length() <= 200, "partner name must be 1-200 characters");
    checkArgument((kind == PartnerKind.DEPARTMENT) == (unit != null), "partner %s: a department names its unit, others none", name);
    checkArgument((kind == PartnerKind.TOWN_STREET || kind == PartnerKind.COMMUNITY) == (town != null),
        "partner %s: a town/street or community names its town, others none", name);
    checkArgument((kind == PartnerKind.SOCIAL_RESOURCE_UNIT) == (resourceKind != null),
        "partner %s: a social resource unit names its kind, others none", name);
  }

  public Optional<UnitCode> optionalUnit() {
    return Optional.ofNullable(unit);
  }

  public Optional<TownCode> optionalTown() {
    return Optional.ofNullable(town);
  }

  public Optional<SocialResourceKind> optionalResourceKind() {
    return Optional.ofNullable(resourceKind);
  }

  /** True for the town/street {@code town} itself or a community inside it. */
  public boolean isOfTown(TownCode town) {
    return this.town != null && this.town.equals(town);
  }
}
