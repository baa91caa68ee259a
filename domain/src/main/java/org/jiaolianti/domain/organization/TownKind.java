package org.jiaolianti.domain.organization;

/** 镇 or 街道. */
public enum TownKind {
  /** 镇. */
  TOWN,
  /** 街道. */
  STREET
}
