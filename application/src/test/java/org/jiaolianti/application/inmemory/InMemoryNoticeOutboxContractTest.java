package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.NoticeOutboxContract;
import org.jiaolianti.application.homeschool.port.out.NoticeOutbox;

/** The in-memory {@link NoticeOutbox} against its port contract. */
class InMemoryNoticeOutboxContractTest extends NoticeOutboxContract {

  @Override
  protected NoticeOutbox outbox() {
    return new InMemoryHomeSchool.InMemoryNoticeOutbox();
  }
}
