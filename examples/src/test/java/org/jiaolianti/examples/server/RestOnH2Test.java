package org.jiaolianti.examples.server;

import java.util.Map;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;

class RestOnH2Test extends RestOnDatabases {
  @Override
  Map<String, String> settings() {
    return Map.of("JIAOLIANTI_PORT", "0",
        "JIAOLIANTI_DATA_DIR", TestDatabases.temporaryDirectory("rest-h2-").toString());
  }
}
