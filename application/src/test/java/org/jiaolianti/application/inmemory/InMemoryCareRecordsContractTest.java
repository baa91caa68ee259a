package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.CareRecordsContract;
import org.jiaolianti.application.mentalhealth.port.out.CareRecords;

/** The care records contract on the in-memory adapter. */
class InMemoryCareRecordsContractTest extends CareRecordsContract {

  @Override
  protected CareRecords careRecords() {
    return new InMemoryMentalHealthFiles.InMemoryCareRecords();
  }
}
