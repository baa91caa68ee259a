package org.jiaolianti.domain.homevisit;

import java.time.LocalDate;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * The home-visit rules.
 *
 * <p><b>Who sees what</b> (need to know, 五(一)3 and issue 6's "who sees what"): the note, the topics and the
 * concern flag only to the visitors themselves, the student's class teachers and the school's leaders (SCHOOL_ADMIN
 * of that school); a guardian of the student sees that a visit happened, when and how (not the note, not the
 * topics); the district mental-health officer only during an active break-glass access to the student (五(二)2);
 * anyone else: not found.
 *
 * <p>中文：家访规则。依据：五(一)3
 */
public final class HomeVisitRules {

  public static final ClauseRef CLAUSE = ClauseRef.of("五(一)3");

  private HomeVisitRules() {}

  /** The reader's capacity towards a visit, which decides what they see (and is the audit event's purpose). */
  public enum Capacity {
    VISITOR(true), CLASS_TEACHER(true), SCHOOL_LEADER(true), GUARDIAN(false),
    /** The district mental-health officer during an active break-glass access to the student (五(二)2). */
    BREAK_GLASS(true);

    private final boolean seesNote;

    Capacity(boolean seesNote) {
      this.seesNote = seesNote;
    }

    public boolean seesNote() {
      return seesNote;
    }
  }

  /** A visit is recorded on or after it happened, not ahead. */
  public static Decision mayRecord(LocalDate visitedOn, LocalDate today) {
    if (visitedOn.isAfter(today)) {
      return Decision.rejected("HOME_VISIT_FUTURE", Bilingual.of("家访日期不能晚于今天",
          "a visit is recorded on or after the day it happened, not ahead (" + visitedOn + ")"), CLAUSE);
    }
    return Decision.allowed();
  }
}
