package org.jiaolianti.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.counsellor.port.out.CounsellorTeam;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.mentalhealth.CounsellorPost;
import org.jiaolianti.domain.mentalhealth.CounsellorPostId;
import org.jiaolianti.domain.mentalhealth.TrainingRecord;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The counsellor team port in memory. */
public final class InMemoryCounsellorTeam implements CounsellorTeam {

  static final Comparator<CounsellorPost> POST_ORDER =
      Comparator.comparing((CounsellorPost p) -> p.period().validFrom()).thenComparing(p -> p.id().value());
  static final Comparator<TrainingRecord> TRAINING_ORDER = Comparator.comparing(TrainingRecord::on)
      .thenComparing(TrainingRecord::recordedAt).thenComparing(r -> r.id().value());

  private final VersionedStore<CounsellorPost> posts = new VersionedStore<>("counsellor post",
      p -> VersionedStore.key(p.district(), p.id()), CounsellorPost::version,
      (p, v) -> new CounsellorPost(p.id(), p.district(), p.school(), p.counsellor(), p.kind(), p.lead(), p.period(),
          v));
  private final VersionedStore<TrainingRecord> trainings = new VersionedStore<>("counsellor training",
      r -> VersionedStore.key(r.district(), r.id()), r -> 0L, (r, v) -> r);

  @Override
  public void addPost(CounsellorPost post) {
    posts.add(post);
  }

  @Override
  public Optional<CounsellorPost> postById(DistrictCode district, CounsellorPostId id) {
    return posts.get(district, id);
  }

  @Override
  public List<CounsellorPost> posts(DistrictCode district) {
    return posts.find(p -> p.district().equals(district), POST_ORDER);
  }

  @Override
  public synchronized CounsellorPost updatePost(CounsellorPost post) {
    posts.get(post.district(), post.id()).orElseThrow(() -> new NotFoundException("counsellor post", post.id()));
    return posts.update(post);
  }

  @Override
  public void addTraining(TrainingRecord training) {
    trainings.add(training);
  }

  @Override
  public List<TrainingRecord> trainings(DistrictCode district, UserId counsellor) {
    return trainings.find(r -> r.district().equals(district) && r.counsellor().equals(counsellor), TRAINING_ORDER);
  }
}
