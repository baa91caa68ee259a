package org.jiaolianti.domain.mentalhealth;

import org.jiaolianti.domain.shared.Ids;

/** Opaque id of a screening campaign. */
public record ScreeningCampaignId(String value) {
  public ScreeningCampaignId {
    Ids.check(value, "ScreeningCampaignId");
  }

  public static ScreeningCampaignId of(String value) {
    return new ScreeningCampaignId(value);
  }

  public static ScreeningCampaignId newId() {
    return new ScreeningCampaignId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
