package org.jiaolianti.application.shared;

import org.jiaolianti.domain.shared.Bilingual;

/** A duplicate natural key, or a concurrent change (a write based on a stale version). */
public final class ConflictException extends JiaoliantiException {

  private static final long serialVersionUID = 1L;

  /** What kind of conflict. */
  public enum Kind {
    DUPLICATE,
    STALE_VERSION
  }

  private final Kind kind;

  public ConflictException(Kind kind, Bilingual text) {
    super(text);
    this.kind = kind;
  }

  public static ConflictException stale(String what, Object id) {
    return new ConflictException(Kind.STALE_VERSION, Bilingual.of(
        what + " " + id + " 已被他人修改，请刷新后重试", what + " " + id + " was changed by someone else; reload and retry"));
  }

  public static ConflictException duplicate(String field, Object value) {
    return new ConflictException(Kind.DUPLICATE, Bilingual.of(
        field + " 为 " + value + " 的记录已存在", "a record with " + field + " " + value + " already exists"));
  }

  public Kind kind() {
    return kind;
  }
}
