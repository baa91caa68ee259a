package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.GuidanceContract;
import org.jiaolianti.application.guidance.port.out.GuidanceItems;
import org.jiaolianti.application.guidance.port.out.SharedResources;
import org.junit.jupiter.api.Nested;

/** The in-memory guidance and shared-resource ports against their contracts. */
class InMemoryGuidanceContractTest {

  @Nested
  class Items extends GuidanceContract.ItemsContract {
    @Override
    protected GuidanceItems guidanceItems() {
      return new InMemoryGuidance.InMemoryGuidanceItems();
    }
  }

  @Nested
  class Resources extends GuidanceContract.ResourcesContract {
    @Override
    protected SharedResources sharedResources() {
      return new InMemoryGuidance.InMemorySharedResources();
    }
  }
}
