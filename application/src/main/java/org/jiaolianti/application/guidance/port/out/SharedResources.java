package org.jiaolianti.application.guidance.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.guidance.SharedResource;
import org.jiaolianti.domain.guidance.SharedResourceId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Resources shared between schools. Nothing is deleted: a withdrawal is an {@link #update} (optimistic: a stale
 * version is a conflict). Listed by time of sharing, then id.
 */
public interface SharedResources {

  void add(SharedResource resource);

  Optional<SharedResource> byId(DistrictCode district, SharedResourceId id);

  List<SharedResource> ofDistrict(DistrictCode district);

  /** Stores {@code resource}'s withdrawal (read at {@code resource.version()}); returns it with the next version. */
  SharedResource update(SharedResource resource);
}
