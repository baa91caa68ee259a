package org.jiaolianti.adapters.rest.organization;

import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.shared.Bilingual;

/** The visibility a list is filtered with; a caller no role of whom permits the action gets a 403 for the list. */
final class Lists {

  private Lists() {}

  static Visibility visibility(AccessControl access, Actor actor, Action action) {
    Visibility visible = access.visibility(actor, action);
    if (!visible.permitted()) {
      throw new ForbiddenException(Bilingual.of("无权执行此操作：" + action.label().zh(),
          "not permitted to " + action.label().en()));
    }
    return visible;
  }
}
