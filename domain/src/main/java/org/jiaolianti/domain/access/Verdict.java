package org.jiaolianti.domain.access;

/**
 * The outcome of an access decision. {@link #NOT_FOUND} when the target lies outside everything the
 * caller can see (so that ids cannot be probed: the same answer as an unknown id); {@link #FORBIDDEN}
 * when the caller can see the target but its roles do not permit the action.
 *
 * <p>中文：访问判定结果。
 */
public enum Verdict {
  ALLOWED,
  FORBIDDEN,
  NOT_FOUND
}
