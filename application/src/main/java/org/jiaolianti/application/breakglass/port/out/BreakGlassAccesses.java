package org.jiaolianti.application.breakglass.port.out;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.mentalhealth.BreakGlass;
import org.jiaolianti.domain.mentalhealth.BreakGlassId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Break-glass accesses (五(二)2). Nothing is deleted; an access changes only by {@link #update} (its stop and the
 * mark that its end was audited; optimistic: a stale version is a conflict). Ordered newest start first, then id.
 */
public interface BreakGlassAccesses {

  void add(Stored access);

  Optional<Stored> byId(DistrictCode district, BreakGlassId id);

  List<Stored> all(DistrictCode district);

  /** Stores the stop and the end-audited mark (read at its version); returns it with the next version. */
  Stored update(Stored access);

  /**
   * One access with what the application keeps beside the domain record: the student's school, the school's
   * mental-health lead when it opened (null: the school had none) and whether its STOP audit event is written.
   */
  record Stored(BreakGlass access, SchoolId school, UserId schoolLead, boolean endAudited) {
    public Stored {
      requireNonNull(access, "access");
      requireNonNull(school, "school");
    }

    public Stored withAccess(BreakGlass next, boolean audited) {
      return new Stored(next, school, schoolLead, audited);
    }
  }
}
