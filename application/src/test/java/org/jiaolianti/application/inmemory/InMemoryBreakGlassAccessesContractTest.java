package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses;
import org.jiaolianti.application.contract.BreakGlassAccessesContract;

/** The in-memory break-glass port against its contract. */
class InMemoryBreakGlassAccessesContractTest extends BreakGlassAccessesContract {

  @Override
  protected BreakGlassAccesses breakGlassAccesses() {
    return new InMemoryBreakGlassAccesses();
  }
}
