package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.ScreeningCampaignsContract;
import org.jiaolianti.application.contract.ScreeningResultsContract;
import org.jiaolianti.application.screening.port.out.ScreeningCampaigns;
import org.jiaolianti.application.screening.port.out.ScreeningResults;
import org.junit.jupiter.api.Nested;

/** The in-memory screening ports against their contracts. */
class InMemoryScreeningsContractTest {

  @Nested
  class Campaigns extends ScreeningCampaignsContract {
    @Override
    protected ScreeningCampaigns screeningCampaigns() {
      return new InMemoryScreenings.InMemoryScreeningCampaigns();
    }
  }

  @Nested
  class Results extends ScreeningResultsContract {
    @Override
    protected ScreeningResults screeningResults() {
      return new InMemoryScreenings.InMemoryScreeningResults();
    }
  }
}
