package org.jiaolianti.application.counsellor.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.mentalhealth.CounsellorPost;
import org.jiaolianti.domain.mentalhealth.CounsellorPostId;
import org.jiaolianti.domain.mentalhealth.TrainingRecord;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Counsellor posts and training records (五(二)3). Nothing is deleted; a post changes only by {@link #updatePost}
 * (its end and its lead mark; optimistic: a stale version is a conflict); training records are never changed.
 * Posts are ordered by their first day, then id; training records by day, then time of recording, then id.
 */
public interface CounsellorTeam {

  void addPost(CounsellorPost post);

  Optional<CounsellorPost> postById(DistrictCode district, CounsellorPostId id);

  List<CounsellorPost> posts(DistrictCode district);

  /** Stores the post's period end and lead mark (read at its version); returns it with the next version. */
  CounsellorPost updatePost(CounsellorPost post);

  void addTraining(TrainingRecord training);

  /** The training records of one counsellor. */
  List<TrainingRecord> trainings(DistrictCode district, UserId counsellor);
}
