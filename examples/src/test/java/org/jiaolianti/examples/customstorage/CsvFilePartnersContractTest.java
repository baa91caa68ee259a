package org.jiaolianti.examples.customstorage;

import java.nio.file.Path;
import org.jiaolianti.application.contract.PartnersContract;
import org.jiaolianti.application.organization.port.out.Partners;
import org.junit.jupiter.api.io.TempDir;

/** The CSV-file {@link Partners} against the application's port contract: every test gets a new, empty file. */
class CsvFilePartnersContractTest extends PartnersContract {

  @TempDir
  Path dir;

  @Override
  protected Partners partners() {
    return new CsvFilePartners(dir.resolve("partners.csv"));
  }
}
