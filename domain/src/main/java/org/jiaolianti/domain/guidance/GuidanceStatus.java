package org.jiaolianti.domain.guidance;

/** DRAFT (editable, seen by its publisher only) → PUBLISHED (seen by its audience) → WITHDRAWN. 中文：发布状态。 */
public enum GuidanceStatus {
  DRAFT,
  PUBLISHED,
  WITHDRAWN
}
