package org.jiaolianti.adapters.rest.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.policy.DutyMatrix;
import org.jiaolianti.domain.policy.DutyStatement;
import org.jiaolianti.domain.policy.Measure;
import org.jiaolianti.domain.policy.MilestoneDefinition;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.PolicyDocument;
import org.jiaolianti.domain.policy.PolicyUnit;
import org.jiaolianti.domain.shared.Bilingual;

/** The JSON shapes of the policy resources. */
final class PolicyViews {

  private PolicyViews() {}

  record Text(String zh, String en) {
    static Text of(Bilingual b) {
      return b == null ? null : new Text(b.zh(), b.en());
    }
  }

  record District(String code, String name, String nameEn, String timeZone) {}

  record DocumentView(String policyVersion, District district, Text title, String noticeTitle, String documentNumber,
      String indexNumber, String issuer, LocalDate issueDate, LocalDate publishedOn, int units, int measures,
      int milestones) {
    static DocumentView of(Policy policy) {
      PolicyDocument d = policy.document();
      return new DocumentView(d.policyVersion(), new District(d.district().value(), d.districtName().zh(),
          d.districtName().en(), d.timeZone().getId()), Text.of(d.title()), d.noticeTitle(), d.documentNumber(),
          d.indexNumber(), d.issuer(), d.issueDate(), d.publishedOn(), policy.units().size(), policy.measures().size(),
          policy.milestones().size());
    }
  }

  record Duty(String clause, String subject, String resourceKind, String title, String text, String summaryEn) {
    static Duty of(DutyStatement d) {
      return new Duty(d.clause().value(), d.subjectKind().name(), d.resourceKind() == null ? null : d.resourceKind().name(),
          d.title(), d.text(), d.summaryEn());
    }
  }

  record MeasureRef(String code, String clause, String responsibility, int position) {}

  record UnitView(String code, String name, String fullName, String nameEn, List<Duty> duties, List<MeasureRef> measures) {
    static UnitView of(PolicyUnit u, Policy policy) {
      List<MeasureRef> measures = policy.dutyMatrix().responsibilitiesOf(u.code()).stream()
          .map(c -> new MeasureRef(c.measure().code().value(), c.measure().clause().value(), c.responsibility().name(),
              c.position()))
          .toList();
      return new UnitView(u.code().value(), u.name(), u.fullName(), u.nameEn(),
          policy.dutiesOf(u.code()).stream().map(Duty::of).toList(), measures);
    }
  }

  record ResponsibleUnit(String unitCode, String name, String responsibility, int position) {}

  record MeasureView(String code, String clause, String collaboration, Text title, String text,
      List<ResponsibleUnit> responsibleUnits) {
    static MeasureView of(Measure m, DutyMatrix matrix) {
      return new MeasureView(m.code().value(), m.clause().value(), m.collaboration().name(), Text.of(m.title()), m.text(),
          matrix.responsibleFor(m.code()).stream().map(c -> new ResponsibleUnit(c.unit().code().value(), c.unit().name(),
              c.responsibility().name(), c.position())).toList());
    }
  }

  record Target(int year, BigDecimal value) {}

  record MilestoneView(String metric, Text label, String clause, String text, boolean count, List<Target> targets) {
    static MilestoneView of(MilestoneDefinition m) {
      return new MilestoneView(m.metric().name(), Text.of(m.metric().label()), m.clause().value(), m.text(),
          m.metric().isCount(), m.targets().stream().map(t -> new Target(t.year(), t.value())).toList());
    }
  }
}
