package org.jiaolianti.adapters.rest.testing;

import java.time.LocalDate;
import java.util.Set;
import org.jiaolianti.adapters.rest.testing.MatrixWorld.Subject;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase.RecordCommand;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.MarkCommand;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.OpenCommand;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.Seen;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase.StepCommand;
import org.jiaolianti.domain.mentalhealth.CareKind;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.FileTrigger;
import org.jiaolianti.domain.mentalhealth.GrantorKind;
import org.jiaolianti.domain.mentalhealth.ReferralAction;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;

/**
 * The mental-health records of one side of the {@link MatrixWorld} (一生一档 五(二)2, 转介 五(二)1), under the keys the
 * matrix rows name. 心理档案与转介：每侧一份。
 *
 * <ul>
 *   <li>{@code file}: the child's file in the side counsellor's caseload (level ATTENTION, so the class teacher's
 *       {@code /attention} lists it), with a care mark and plan, an overdue {@code observation} and an
 *       {@code intervention} with a plan — every text a reader may not see is there to leak;
 *   <li>{@code glassFile}: the file (with an observation) of the student the district officer holds the world's
 *       break-glass on;
 *   <li>{@code referral}: the child's referral to the side's hospital, RETURNED_TO_SCHOOL (outcome and plan), and
 *       {@code withdrawnReferral}, withdrawn with a reason (a step note) — both in the lists;
 *   <li>{@code fresh…}: a new file (each with a new consented student), marked file, care record, or referral in the
 *       state a step needs (OPEN, ACCEPTED, OUTCOME_RECORDED, RETURNED_TO_SCHOOL), one per request.
 * </ul>
 */
final class MatrixCare {

  /** A note: no refused reply may ever carry it (the matrix checks the phrase). 中文：敏感内容。 */
  static final String NOTE = "父母离异，情绪低落，夜里失眠";
  private static final LocalDate RECORDED = LocalDate.of(2026, 2, 20);

  /** One side: its school, class, child (with a MENTAL_HEALTH_FILE consent) and the people acting on it. */
  record Side(School school, SchoolClass schoolClass, Student child, Guardian guardian, User admin,
      User counsellor, User clinician, Partner hospital, Partner otherHospital, Student glass) {}

  private final MatrixWorld world;
  private final Jiaolianti app;

  MatrixCare(MatrixWorld world) {
    this.world = world;
    this.app = world.app;
  }

  /** Puts the side's mental-health keys into {@code subject}. */
  void addTo(Subject subject, Side s) {
    consent(s, s.child(), s.guardian(), ConsentPurpose.MEDICAL_REFERRAL);
    String file = open(s, s.child());
    consent(s, s.glass(), world.guardian(s.glass()), ConsentPurpose.MENTAL_HEALTH_FILE);
    String glassFile = open(s, s.glass());
    record(s, glassFile, CareKind.OBSERVATION, null, null);
    Actor counsellor = world.actor(s.counsellor());
    app.mentalHealthFiles().mark(counsellor, file, new MarkCommand(CareMark.LEFT_BEHIND, "每周家访一次，联系社区关爱",
        null));
    subject.put("file", file)
        .put("observation", record(s, file, CareKind.OBSERVATION, null, RECORDED.plusDays(5)))
        .put("intervention", record(s, file, CareKind.TALK, "每周谈心一次", RECORDED.plusDays(6)))
        .put("glassFile", glassFile)
        .put("mark", CareMark.LEFT_BEHIND.name())
        .put("newMark", CareMark.IN_DIFFICULTY.name())
        .put("colleague", world.counsellor(s.school()).id().value())
        .put("hospital", s.hospital().id().value())
        .put("rerouteTo", s.otherHospital().id().value())
        .put("referral", referral(s, ReferralAction.RETURN_TO_SCHOOL))
        .put("withdrawnReferral", withdrawn(s))
        .put("freshFileStudent", () -> freshStudent(s).id().value())
        .put("freshFile", () -> open(s, freshStudent(s)))
        .put("freshMarkedFile", () -> {
          String id = open(s, freshStudent(s));
          app.mentalHealthFiles().mark(counsellor, id, new MarkCommand(CareMark.LEFT_BEHIND, "每周家访一次", null));
          return id;
        })
        .put("freshObservation", () -> record(s, file, CareKind.OBSERVATION, null, LocalDate.of(2026, 3, 9)))
        .put("freshIntervention", () -> record(s, file, CareKind.GUIDANCE, "分类指导", LocalDate.of(2026, 3, 9)))
        .put("freshOpenReferral", () -> referral(s, null))
        .put("freshAcceptedReferral", () -> referral(s, ReferralAction.ACCEPT))
        .put("freshOutcomeReferral", () -> referral(s, ReferralAction.RECORD_OUTCOME))
        .put("freshReturnedReferral", () -> referral(s, ReferralAction.RETURN_TO_SCHOOL));
  }

  /** A new student of the side's class with a guardian and a MENTAL_HEALTH_FILE consent. */
  private Student freshStudent(Side s) {
    Student child = world.student(s.school(), s.schoolClass());
    consent(s, child, world.guardian(child), ConsentPurpose.MENTAL_HEALTH_FILE);
    return child;
  }

  private void consent(Side s, Student child, Guardian guardian, ConsentPurpose purpose) {
    app.consents().record(world.actor(s.admin()), new RecordCommand(child.id().value(), purpose,
        GrantorKind.GUARDIAN, guardian.id().value(), null, null));
  }

  /** A file opened by the side's counsellor, who is then its counsellor (the caseload). */
  private String open(Side s, Student child) {
    return app.mentalHealthFiles().open(world.actor(s.counsellor()), new MentalHealthFilesUseCase.OpenCommand(
        child.id().value(), FileTrigger.HOME_VISIT, "ATTENTION", Set.of("FAMILY"), NOTE, null)).id().value();
  }

  private String record(Side s, String file, CareKind kind, String plan, LocalDate followUpOn) {
    return app.mentalHealthFiles().record(world.actor(s.counsellor()), file, new MentalHealthFilesUseCase
        .RecordCommand(kind, RECORDED, NOTE, plan, followUpOn)).id().value();
  }

  /** A referral the school withdrew with a reason: a step note, the school's only (lists show it). */
  private String withdrawn(Side s) {
    Seen r = app.referrals().get(world.actor(s.counsellor()), referral(s, null));
    return app.referrals().step(world.actor(s.counsellor()), new StepCommand(r.id().value(), ReferralAction.WITHDRAW,
        r.version(), "家长要求暂缓转介")).id().value();
  }

  /** The child's referral to the side's hospital, taken through the channel up to {@code upTo} (null: OPEN). */
  private String referral(Side s, ReferralAction upTo) {
    Seen r = app.referrals().open(world.actor(s.counsellor()), new OpenCommand(s.child().id().value(),
        s.hospital().id().value(), ReferralUrgency.URGENT, "近两周情绪低落，多次表达轻生念头", null));
    for (ReferralAction step : new ReferralAction[] {ReferralAction.ACCEPT, ReferralAction.RECORD_OUTCOME,
        ReferralAction.RETURN_TO_SCHOOL}) {
      if (upTo == null) {
        break;
      }
      boolean institution = step != ReferralAction.RETURN_TO_SCHOOL;
      String text = switch (step) {
        case RECORD_OUTCOME -> "门诊药物治疗，两周复诊";
        case RETURN_TO_SCHOOL -> "每周谈心一次，班主任关注";
        default -> null;
      };
      r = app.referrals().step(world.actor(institution ? s.clinician() : s.counsellor()), new StepCommand(
          r.id().value(), step, r.version(), text));
      if (step == upTo) {
        break;
      }
    }
    return r.id().value();
  }
}
