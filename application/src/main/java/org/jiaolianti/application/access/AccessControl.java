package org.jiaolianti.application.access;

import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;

/**
 * Authorization for every use case, decided in the application (never in the resources). Deny by
 * default; the role × action table is {@link org.jiaolianti.domain.access.AccessRules} (and
 * {@code docs/access.md}).
 *
 * <p>Per request: {@link #actor} with the token's subject, then {@link #check} before touching one
 * resource, or {@link #visibility} to filter a list.
 *
 * <p>中文：访问控制。
 */
public interface AccessControl {

  /**
   * The signed-in user named {@code username} (the token's {@code sub}), with the role assignments in
   * force now, read from storage on every call, so that a revoked role stops counting on the very next
   * request.
   *
   * @throws org.jiaolianti.application.shared.NotAuthenticatedException if no active user has that name
   *     (REST: 401)
   */
  Actor actor(String username);

  /**
   * The one decision: returns if {@code actor} may do {@code action} on {@code target} today.
   *
   * @throws org.jiaolianti.application.shared.NotFoundException if the target lies in another district or
   *     outside every scope of the actor (the same answer as an unknown id, so that ids cannot be probed;
   *     REST: 404)
   * @throws org.jiaolianti.application.shared.ForbiddenException if the actor can see the target but no
   *     role of theirs permits the action on it (REST: 403)
   */
  void check(Actor actor, Action action, Target target);

  /** What {@code actor} may do {@code action} on today, to filter a list; agrees with {@link #check}. */
  Visibility visibility(Actor actor, Action action);
}
