package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.audit.port.out.AuditTrail;
import org.jiaolianti.application.contract.AuditTrailContract;

/** The in-memory audit trail against its contract. */
class InMemoryAuditTrailContractTest extends AuditTrailContract {

  @Override
  protected AuditTrail auditTrail() {
    return new InMemoryAuditTrail();
  }
}
