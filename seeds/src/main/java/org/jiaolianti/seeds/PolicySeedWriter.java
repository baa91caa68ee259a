package org.jiaolianti.seeds;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.CollaborationSection;
import org.jiaolianti.domain.policy.DutyStatement;
import org.jiaolianti.domain.policy.EstablishmentSettings;
import org.jiaolianti.domain.policy.HomeSchoolSettings;
import org.jiaolianti.domain.policy.LocalSettings;
import org.jiaolianti.domain.policy.Measure;
import org.jiaolianti.domain.policy.MilestoneDefinition;
import org.jiaolianti.domain.policy.MilestoneTarget;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.PolicyDocument;
import org.jiaolianti.domain.policy.PolicyText;
import org.jiaolianti.domain.policy.PolicyUnit;
import org.jiaolianti.domain.policy.Subject;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * Writes a {@link Policy} as seed text ({@code docs/seed-format.md}), the inverse of
 * {@link PolicySeedLoader}: {@code PolicySeedLoader.parse(name, write(policy))} gives back an equal
 * policy. Storage adapters use it to keep a district's active policy as seed text.
 *
 * <p>Optional fields are omitted when null or empty; Chinese text is written as UTF-8 characters,
 * not escapes. The output depends only on the policy, so equal policies give the same text.
 */
public final class PolicySeedWriter {

  /**
   * The {@code localSettings.note} written for every policy. The loader requires a note but the
   * domain does not keep it, so the original note cannot be restored; this one says what it marks.
   */
  public static final String LOCAL_SETTINGS_NOTE = "以下为本部署的本地设置，非原文规定，可按需调整。\n"
      + "These are local settings of this deployment, not in the document; they can be changed.";

  // Plain decimals: "1E-7" would not read back as a number.
  private static final ObjectWriter WRITER =
      PolicySeedLoader.YAML.writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);

  private PolicySeedWriter() {}

  /**
   * Returns {@code policy} as seed text (YAML, UTF-8 when encoded).
   *
   * @throws IllegalArgumentException if a value would not read back as written: a text with leading
   *     or trailing whitespace or a blank one (the loader strips and rejects them), or a fractional
   *     milestone target with more digits than a double holds (the loader reads fractions as doubles)
   */
  public static String write(Policy policy) {
    requireNonNull(policy, "policy");
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("seedFormat", PolicySeedLoader.SEED_FORMAT);
    PolicyDocument doc = policy.document();
    text(root, "policyVersion", doc.policyVersion());
    ObjectNode district = root.putObject("district");
    text(district, "code", doc.district().value());
    bilingual(district, "name", doc.districtName());
    text(district, "timeZone", doc.timeZone().getId());
    ObjectNode document = root.putObject("document");
    bilingual(document, "title", doc.title());
    optionalText(document, "noticeTitle", doc.noticeTitle());
    text(document, "documentNumber", doc.documentNumber());
    optionalText(document, "indexNumber", doc.indexNumber());
    text(document, "issuer", doc.issuer());
    date(document, "issueDate", doc.issueDate());
    if (doc.publishedOn() != null) {
      date(document, "publishedOn", doc.publishedOn());
    }
    list(root, "units", policy.units(), PolicySeedWriter::unit);
    optionalList(root, "sections", policy.sections(), PolicySeedWriter::text);
    list(root, "subjects", policy.subjects(), PolicySeedWriter::subject);
    optionalList(root, "mechanism", policy.mechanism(), PolicySeedWriter::text);
    list(root, "collaborations", policy.collaborations(), PolicySeedWriter::collaboration);
    optionalList(root, "guarantees", policy.guarantees(), PolicySeedWriter::text);
    list(root, "milestones", policy.milestones(), PolicySeedWriter::milestone);
    localSettings(root.putObject("localSettings"), policy.localSettings());
    try {
      return WRITER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      // A tree of strings, numbers and booleans always serializes; this would be a Jackson bug.
      throw new IllegalStateException("cannot write seed YAML: " + e.getOriginalMessage(), e);
    }
  }

  private static void unit(ObjectNode n, PolicyUnit unit) {
    text(n, "code", unit.code().value());
    text(n, "name", unit.name());
    text(n, "fullName", unit.fullName());
    text(n, "nameEn", unit.nameEn());
  }

  private static void text(ObjectNode n, PolicyText text) {
    text(n, "clause", text.clause().value());
    if (text.title() != null) {
      // titleEn is always written: the loader's fallback (titleEn = title) then never has to guess.
      bilingual(n, "title", text.title());
    }
    text(n, "text", text.text());
    optionalText(n, "summaryEn", text.summaryEn());
    collaborations(n, "collaborations", text.collaborations());
    optionalText(n, "note", text.note());
  }

  private static void subject(ObjectNode n, Subject subject) {
    text(n, "kind", subject.kind().name());
    text(n, "clause", subject.clause().value());
    bilingual(n, "name", subject.name());
    // Each duty's subjectKind is the subject's kind (Subject checks it), so it is not written.
    list(n, "duties", subject.duties(), PolicySeedWriter::duty);
  }

  private static void duty(ObjectNode n, DutyStatement duty) {
    text(n, "clause", duty.clause().value());
    if (!duty.units().isEmpty()) {
      strings(n, "units", duty.units().stream().map(UnitCode::value));
    }
    if (duty.resourceKind() != null) {
      text(n, "resourceKind", duty.resourceKind().name());
    }
    optionalText(n, "title", duty.title());
    text(n, "text", duty.text());
    text(n, "summaryEn", duty.summaryEn());
  }

  private static void collaboration(ObjectNode n, CollaborationSection section) {
    text(n, "code", section.collaboration().name());
    text(n, "clause", section.clause().value());
    bilingual(n, "title", section.title());
    optionalText(n, "text", section.text());
    // Each measure's collaboration is the section's (CollaborationSection checks it), so it is not written.
    list(n, "measures", section.measures(), PolicySeedWriter::measure);
  }

  private static void measure(ObjectNode n, Measure measure) {
    text(n, "code", measure.code().value());
    text(n, "clause", measure.clause().value());
    bilingual(n, "title", measure.title());
    text(n, "text", measure.text());
    strings(n, "responsibleUnits", measure.responsibleUnits().stream().map(UnitCode::value));
  }

  private static void milestone(ObjectNode n, MilestoneDefinition milestone) {
    text(n, "metric", milestone.metric().name());
    text(n, "clause", milestone.clause().value());
    text(n, "text", milestone.text());
    list(n, "targets", milestone.targets(), PolicySeedWriter::target);
  }

  private static void target(ObjectNode n, MilestoneTarget target) {
    n.put("year", target.year());
    BigDecimal value = target.value().stripTrailingZeros();
    // A whole number is written as one (8, not 8.0 or 8E+0), so counts read back as integers.
    if (value.scale() <= 0) {
      n.put("value", value.toBigIntegerExact());
    } else {
      // The loader reads a fraction as a double; a value a double cannot hold would come back rounded.
      if (BigDecimal.valueOf(value.doubleValue()).compareTo(value) != 0) {
        throw new IllegalArgumentException("milestone target " + target.metric() + " " + target.year() + ": "
            + value + " has more digits than the loader keeps (a double), so it would not read back as written");
      }
      n.put("value", value);
    }
  }

  private static void localSettings(ObjectNode n, LocalSettings settings) {
    text(n, "note", LOCAL_SETTINGS_NOTE);
    EstablishmentSettings e = settings.establishment();
    ObjectNode establishment = n.putObject("establishment");
    establishment.put("requireCompleteCommittee", e.requireCompleteCommittee());
    establishment.put("requireZoneMembership", e.requireZoneMembership());
    establishment.put("requireOwnTownAgreement", e.requireOwnTownAgreement());
    establishment.put("requireCollaborationCoverage", e.requireCollaborationCoverage());
    establishment.put("minCollaborations", e.minCollaborations());
    strings(n, "countedSchoolTypes", settings.countedSchoolTypes().stream().map(Enum::name));
    HomeSchoolSettings h = settings.homeSchool();
    ObjectNode homeSchool = n.putObject("homeSchool");
    homeSchool.put("activitiesPerStudentPerTerm", settings.activitiesPerStudentPerTerm());
    ObjectNode quiet = homeSchool.putObject("quietHours");
    quiet.put("from", h.quietFrom().toString());
    quiet.put("to", h.quietTo().toString());
    homeSchool.put("dailyNoticeCapPerClass", h.dailyNoticeCapPerClass());
    homeSchool.put("feedbackResponseDays", settings.feedback().responseDays());
    optionalList(n, "workingCalendars", settings.workingCalendars(), (c, calendar) -> {
      c.put("year", calendar.year());
      strings(c, "holidays", calendar.holidays().stream().map(LocalDate::toString));
      strings(c, "workingDays", calendar.workingDays().stream().map(LocalDate::toString));
    });
    mentalHealth(n.putObject("mentalHealth"), settings.mentalHealth());
  }

  /** {@code localSettings.mentalHealth}, every field written (the loader defaults only what is absent). */
  private static void mentalHealth(ObjectNode n, MentalHealthSettings m) {
    list(n, "levels", m.levels(), (l, level) -> {
      text(l, "code", level.code());
      bilingual(l, "name", level.label());
      l.put("order", level.order());
      l.put("needsAttention", level.needsAttention());
    });
    list(n, "categories", m.categories(), (c, category) -> {
      text(c, "code", category.code());
      bilingual(c, "name", category.label());
    });
    n.put("screeningIntervalMonths", m.screeningIntervalMonths());
    list(n, "scales", m.scales(), (s, scale) -> {
      text(s, "code", scale.code());
      bilingual(s, "name", scale.name());
      number(s, "minScore", scale.minScore());
      number(s, "maxScore", scale.maxScore());
      list(s, "bands", scale.bands(), (b, band) -> {
        number(b, "from", band.from());
        number(b, "to", band.to());
        text(b, "level", band.level());
      });
    });
    list(n, "referralTimeLimits", m.referralTimeLimits(), (t, limit) -> {
      text(t, "urgency", limit.urgency().name());
      t.put("acceptHours", limit.acceptHours());
      t.put("outcomeHours", limit.outcomeHours());
      t.put("returnHours", limit.returnHours());
    });
    n.put("guardianSummaryShown", m.guardianSummaryShown());
    n.put("breakGlassMinutes", m.breakGlassMinutes());
    n.put("smallCountThreshold", m.smallCountThreshold());
    number(n, "counsellorCoverageTarget", m.counsellorCoverageTarget());
    n.put("auditRetentionMonths", m.auditRetentionMonths());
  }

  /** A whole number as an integer, a fraction as a decimal (the loader reads it back through a double). */
  private static void number(ObjectNode n, String field, BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      n.put(field, v.toBigIntegerExact());
    } else {
      if (BigDecimal.valueOf(v.doubleValue()).compareTo(v) != 0) {
        throw new IllegalArgumentException("seed field '" + field + "': " + v
            + " has more digits than the loader keeps (a double), so it would not read back as written");
      }
      n.put(field, v);
    }
  }

  /** A set of collaborations in enum order, so equal sets are written alike; omitted when empty. */
  private static void collaborations(ObjectNode n, String field, Collection<Collaboration> set) {
    if (!set.isEmpty()) {
      strings(n, field, EnumSet.copyOf(set).stream().map(Enum::name));
    }
  }

  private static void strings(ObjectNode n, String field, Stream<String> values) {
    ArrayNode items = n.putArray(field);
    values.forEach(items::add);
  }

  private static <T> void list(ObjectNode n, String field, List<T> values, BiConsumer<ObjectNode, T> item) {
    ArrayNode items = n.putArray(field);
    values.forEach(v -> item.accept(items.addObject(), v));
  }

  private static <T> void optionalList(ObjectNode n, String field, List<T> values, BiConsumer<ObjectNode, T> item) {
    if (!values.isEmpty()) {
      list(n, field, values, item);
    }
  }

  /** {@code field} and {@code fieldEn}, the pair the loader reads into a {@link Bilingual}. */
  private static void bilingual(ObjectNode n, String field, Bilingual value) {
    text(n, field, value.zh());
    text(n, field + "En", value.en());
  }

  private static void date(ObjectNode n, String field, LocalDate value) {
    text(n, field, value.toString());
  }

  private static void optionalText(ObjectNode n, String field, String value) {
    if (value != null) {
      text(n, field, value);
    }
  }

  private static void text(ObjectNode n, String field, String value) {
    if (value.isBlank() || !value.equals(value.strip())) {
      throw new IllegalArgumentException("seed field '" + field + "' cannot hold '" + value
          + "': the loader strips text and rejects blank text, so it would not read back as written");
    }
    n.put(field, value);
  }
}
