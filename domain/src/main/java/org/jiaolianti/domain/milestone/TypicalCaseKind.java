package org.jiaolianti.domain.milestone;

/**
 * Forms a collaborative-education result takes.
 *
 * <p>中文：成果形式（案例、微课、课题）。依据：五(一)5
 */
public enum TypicalCaseKind {
  /** 案例. */
  PRACTICE_CASE,
  /** 微课. */
  MICRO_LESSON,
  /** 课题. */
  RESEARCH_TOPIC
}
