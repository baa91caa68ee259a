package org.jiaolianti.application.breakglass;

import org.jiaolianti.application.access.Actor;
import org.jiaolianti.domain.people.StudentId;

/** Whether an actor holds an active break-glass access to a student now; for other use cases (五(二)2). */
public interface BreakGlassCheck {

  boolean active(Actor actor, StudentId student);
}
