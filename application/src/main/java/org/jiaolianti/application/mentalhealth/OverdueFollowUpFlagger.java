package org.jiaolianti.application.mentalhealth;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiaolianti.application.alert.Alerting;
import org.jiaolianti.application.counsellor.port.out.CounsellorTeam;
import org.jiaolianti.application.mentalhealth.port.in.FlagOverdueFollowUpsUseCase;
import org.jiaolianti.application.mentalhealth.port.out.CareRecords;
import org.jiaolianti.application.mentalhealth.port.out.MentalHealthFiles;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.alert.AlertKind;
import org.jiaolianti.domain.mentalhealth.CareRecord;
import org.jiaolianti.domain.mentalhealth.CareRecordRules;
import org.jiaolianti.domain.mentalhealth.CounsellorPost;
import org.jiaolianti.domain.mentalhealth.MentalHealthFile;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Alerts the school's mental-health lead of each overdue follow-up ({@link CareRecordRules#overdue}); a school
 * without a lead today alerts the counsellor whose caseload the file is in, so that no overdue follow-up goes
 * unseen. The alert names the record and the day it was due, never the student or any text: the lead opens the
 * overdue list (audited) to see more.
 */
public final class OverdueFollowUpFlagger implements FlagOverdueFollowUpsUseCase {

  /** The alerts' subject type (the subject id is the care record's id). */
  public static final String SUBJECT = "CARE_RECORD";

  private final CareRecords records;
  private final MentalHealthFiles files;
  private final CounsellorTeam team;
  private final Policies policies;
  private final Alerting alerting;
  private final Transactions tx;
  private final Clock clock;

  public OverdueFollowUpFlagger(CareRecords records, MentalHealthFiles files, CounsellorTeam team, Policies policies,
      Alerting alerting, Transactions tx, Clock clock) {
    this.records = requireNonNull(records);
    this.files = requireNonNull(files);
    this.team = requireNonNull(team);
    this.policies = requireNonNull(policies);
    this.alerting = requireNonNull(alerting);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
  }

  @Override
  public int flagOverdue() {
    int raised = 0;
    for (DistrictCode district : policies.districts()) {
      raised += flagOverdue(district);
    }
    return raised;
  }

  @Override
  public int flagOverdue(DistrictCode district) {
    requireNonNull(district, "district");
    return tx.inTransaction(() -> {
      LocalDate today = clock.now().atZone(policies.require(district).document().timeZone()).toLocalDate();
      List<CareRecord> overdue = CareRecordRules.overdue(records.openFollowUps(district), today);
      Map<MentalHealthFileId, Optional<MentalHealthFile>> filesById = new HashMap<>();
      Map<SchoolId, Optional<UserId>> leads = new HashMap<>();
      List<CounsellorPost> posts = overdue.isEmpty() ? List.of() : team.posts(district);
      int raised = 0;
      for (CareRecord r : overdue) {
        Optional<MentalHealthFile> file = filesById.computeIfAbsent(r.file(), id -> files.byId(district, id));
        if (file.isEmpty()) {
          continue;
        }
        Optional<UserId> recipient = leads.computeIfAbsent(file.get().school(), school -> posts.stream()
            .filter(p -> p.school().equals(school) && p.lead() && p.activeOn(today))
            .map(CounsellorPost::counsellor).findFirst())
            .or(() -> Optional.ofNullable(file.get().counsellor()));
        if (recipient.isPresent()) {
          alerting.alertUserOnce(district, recipient.get(), AlertKind.FOLLOW_UP_OVERDUE, SUBJECT, r.id().value(),
              Bilingual.of("有一项心理关爱跟进已逾期（应于 " + r.followUpOn() + " 完成），请在逾期跟进列表中查看",
                  "a care follow-up is overdue (due " + r.followUpOn() + "); see the overdue follow-up list"));
          raised++;
        }
      }
      return raised;
    });
  }
}
