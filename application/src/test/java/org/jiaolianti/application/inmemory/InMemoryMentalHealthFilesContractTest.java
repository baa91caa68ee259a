package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.MentalHealthFilesContract;
import org.jiaolianti.application.mentalhealth.port.out.MentalHealthFiles;

/** The mental-health files contract on the in-memory adapter. */
class InMemoryMentalHealthFilesContractTest extends MentalHealthFilesContract {

  @Override
  protected MentalHealthFiles mentalHealthFiles() {
    return new InMemoryMentalHealthFiles();
  }
}
