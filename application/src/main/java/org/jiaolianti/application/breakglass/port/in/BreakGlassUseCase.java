package org.jiaolianti.application.breakglass.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses.Stored;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.mentalhealth.BreakGlass;

/**
 * Break-glass access (紧急调阅, 五(二)2): the district mental-health officer (BREAK_GLASS) opens one named student of
 * the district for a reason; it expires after the seed's {@code breakGlassMinutes} (default 60) or when stopped.
 * A START and a STOP audit event are written with purpose {@code BREAK_GLASS:<access id>} and never the reason
 * text (it may name a crisis). The school's mental-health lead (from the counsellor team) is recorded on the
 * access, reads it (READ_BREAK_GLASS) and gets an in-app alert when it opens (who and until when, never the
 * reason).
 *
 * <p>中文：紧急调阅。依据：五(二)2
 */
public interface BreakGlassUseCase {

  Stored start(Actor actor, StartCommand command);

  Stored stop(Actor actor, String id);

  /** The accesses the actor sees (own; the lead's school's; the auditor all), optionally of one school. */
  List<Stored> list(Actor actor, String schoolId);

  Stored get(Actor actor, String id);

  record StartCommand(
      @RecordId String studentId,
      @NotBlank @Size(min = BreakGlass.MIN_REASON, max = BreakGlass.MAX_REASON) String reason) {}
}
