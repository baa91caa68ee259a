package org.jiaolianti.application.homeschool.port.in;

import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.homeschool.NoticeReceiptId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;

/**
 * Notices and their statistics for the staff who may read them: READ_NOTICES (the bureau: all; a school's
 * admin: the school's), or READ_CLASS_NOTICES (a teacher: notices to their own classes and the ones they
 * sent). A notice outside these is not found.
 *
 * <p>中文：通知查询与回执统计。依据：五(一)2
 */
public interface NoticeQueries {

  /** The notices the actor may read, newest first. */
  List<Notice> notices(Actor actor);

  Notice notice(Actor actor, String noticeId);

  /** Delivered, read and confirmed counts, and the guardians who have not yet done what the notice asks. */
  NoticeStatistics statistics(Actor actor, String noticeId);

  /** A child a notice concerns, with the name masked (张*明). */
  record StudentRef(StudentId id, String maskedName) {}

  /**
   * A guardian who has not yet read (READ_ONLY) or confirmed (other modes) the notice.
   *
   * @param read whether they have read it at least
   */
  record Outstanding(NoticeReceiptId receipt, GuardianId guardian, String guardianName, List<StudentRef> students,
      boolean read, int reminders) {
    public Outstanding {
      students = List.copyOf(students);
    }
  }

  /**
   * @param recipients receipts issued (one per guardian)
   * @param delivered receipts the guardians can see (all once the notice is released, none while held)
   * @param notYet who has not done what the notice asks, by guardian id
   */
  record NoticeStatistics(Notice notice, int recipients, int delivered, int read, int confirmed,
      List<Outstanding> notYet) {
    public NoticeStatistics {
      notYet = List.copyOf(notYet);
    }
  }
}
