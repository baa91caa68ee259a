package org.jiaolianti.application.inmemory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jiaolianti.application.screening.port.out.ScreeningCampaigns;
import org.jiaolianti.application.screening.port.out.ScreeningResults;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaign;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaignId;
import org.jiaolianti.domain.mentalhealth.ScreeningResult;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The screening ports in memory (心理普测, 五(二)2). */
public final class InMemoryScreenings {

  private InMemoryScreenings() {}

  /** Campaigns; one per school, term and scale. */
  public static final class InMemoryScreeningCampaigns implements ScreeningCampaigns {

    static final Comparator<ScreeningCampaign> ORDER = Comparator.comparing(ScreeningCampaign::opensOn).reversed()
        .thenComparing(c -> c.id().value());
    private final Map<String, ScreeningCampaign> campaigns = new LinkedHashMap<>();

    @Override
    public synchronized void add(ScreeningCampaign c) {
      String key = VersionedStore.key(c.district(), c.id());
      if (campaigns.containsKey(key)) {
        throw ConflictException.duplicate("id", c.id().value());
      }
      boolean twin = campaigns.values().stream().anyMatch(o -> o.district().equals(c.district())
          && o.school().equals(c.school()) && o.term().equals(c.term()) && o.scale().equals(c.scale()));
      if (twin) {
        throw ConflictException.duplicate("term", c.term().value());
      }
      campaigns.put(key, c);
    }

    @Override
    public synchronized Optional<ScreeningCampaign> byId(DistrictCode district, ScreeningCampaignId id) {
      return Optional.ofNullable(campaigns.get(VersionedStore.key(district, id)));
    }

    @Override
    public List<ScreeningCampaign> ofSchool(DistrictCode district, SchoolId school) {
      return find(c -> c.district().equals(district) && c.school().equals(school));
    }

    @Override
    public List<ScreeningCampaign> all(DistrictCode district) {
      return find(c -> c.district().equals(district));
    }

    private synchronized List<ScreeningCampaign> find(Predicate<ScreeningCampaign> p) {
      return campaigns.values().stream().filter(p).sorted(ORDER).toList();
    }
  }

  /** Results; one per campaign and student, replaced by id. */
  public static final class InMemoryScreeningResults implements ScreeningResults {

    private final Map<String, ScreeningResult> results = new LinkedHashMap<>();

    @Override
    public synchronized void save(List<ScreeningResult> batch) {
      Map<String, ScreeningResult> next = new LinkedHashMap<>(results);
      Map<String, String> idOfPair = new HashMap<>();
      next.values().forEach(r -> idOfPair.put(pair(r), r.id().value()));
      for (ScreeningResult r : batch) {
        String owner = idOfPair.get(pair(r));
        if (owner != null && !owner.equals(r.id().value())) {
          throw ConflictException.duplicate("studentId", r.student().value());
        }
        next.put(VersionedStore.key(r.district(), r.id()), r);
        idOfPair.put(pair(r), r.id().value());
      }
      results.clear();
      results.putAll(next);
    }

    private static String pair(ScreeningResult r) {
      return r.district() + "/" + r.campaign() + "/" + r.student();
    }

    @Override
    public synchronized List<ScreeningResult> ofCampaign(DistrictCode district, ScreeningCampaignId campaign) {
      return results.values().stream().filter(r -> r.district().equals(district) && r.campaign().equals(campaign))
          .sorted(Comparator.comparing((ScreeningResult r) -> r.student().value())).toList();
    }

    @Override
    public synchronized Map<StudentId, LocalDate> lastTakenOn(DistrictCode district, Collection<StudentId> students) {
      Set<StudentId> wanted = new HashSet<>(students);
      Map<StudentId, LocalDate> last = new HashMap<>();
      for (ScreeningResult r : results.values()) {
        if (r.district().equals(district) && wanted.contains(r.student())) {
          last.merge(r.student(), r.takenOn(), (a, b) -> a.isAfter(b) ? a : b);
        }
      }
      return last;
    }

    @Override
    public synchronized List<ScreeningResult> takenBetween(DistrictCode district, LocalDate from, LocalDate to) {
      return results.values().stream().filter(r -> r.district().equals(district) && !r.takenOn().isBefore(from)
              && !r.takenOn().isAfter(to))
          .sorted(Comparator.comparing((ScreeningResult r) -> r.student().value())
              .thenComparing(r -> r.campaign().value())).toList();
    }
  }
}
