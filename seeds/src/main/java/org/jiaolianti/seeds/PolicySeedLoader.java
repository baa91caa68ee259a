package org.jiaolianti.seeds;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.CollaborationSection;
import org.jiaolianti.domain.policy.DutyStatement;
import org.jiaolianti.domain.policy.EstablishmentSettings;
import org.jiaolianti.domain.policy.FeedbackSettings;
import org.jiaolianti.domain.policy.HomeSchoolSettings;
import org.jiaolianti.domain.policy.LocalSettings;
import org.jiaolianti.domain.policy.WorkingCalendar;
import org.jiaolianti.domain.policy.Measure;
import org.jiaolianti.domain.policy.MeasureCode;
import org.jiaolianti.domain.policy.MilestoneDefinition;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.policy.MilestoneTarget;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.PolicyDocument;
import org.jiaolianti.domain.policy.PolicyText;
import org.jiaolianti.domain.policy.PolicyUnit;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.policy.Subject;
import org.jiaolianti.domain.policy.SubjectKind;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Loads a district's seed ({@code policy.yaml}, format in {@code docs/seed-format.md}) into a
 * {@link Policy} through the domain factories, so every invariant is checked. Any problem fails the
 * load with a {@link SeedException} naming the file, the path inside it and what is wrong.
 *
 * <p>Another district ships its own seed directory and loads it with {@link #load(Path)}; no code
 * changes.
 */
public final class PolicySeedLoader {

  /** The file name of the policy data inside a seed directory. */
  public static final String POLICY_FILE = "policy.yaml";
  /** The seed format this loader reads. */
  public static final int SEED_FORMAT = 1;
  /** The seeds bundled in this jar, under {@code seeds/<name>/}. */
  public static final List<String> BUNDLED = List.of("xiangan-2025");

  /** Shared with {@link PolicySeedWriter}, so what it writes is read back with the same settings. */
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private PolicySeedLoader() {}

  /** Loads {@code directory/policy.yaml}. */
  public static PolicySeed load(Path directory) {
    Path file = directory.resolve(POLICY_FILE);
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return new PolicySeed(parse(name, in), name);
    } catch (NoSuchFileException e) {
      throw new SeedException(name, "", "file not found", e);
    } catch (IOException e) {
      throw new SeedException(name, "", "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Loads a seed bundled in this jar, e.g. {@code xiangan-2025}. */
  public static PolicySeed loadBundled(String seedName) {
    String resource = "seeds/" + seedName + "/" + POLICY_FILE;
    String name = "classpath:" + resource;
    InputStream in = PolicySeedLoader.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new SeedException(name, "", "no bundled seed named '" + seedName + "'; bundled: " + BUNDLED, null);
    }
    try (in) {
      return new PolicySeed(parse(name, in), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses seed text read from {@code in}; {@code name} is used in error messages. */
  public static Policy parse(String name, InputStream in) {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new SeedException(name, "", "is not valid YAML" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SeedException(name, "", "cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new SeedException(name, "", "must hold a mapping at the top level", null);
    }
    return new Reader(new SeedNode(name, "", root)).policy();
  }

  /** Walks the tree; one method per part of the format. */
  private static final class Reader {
    private final SeedNode root;
    private final Set<UnitCode> knownUnits = new java.util.HashSet<>();

    Reader(SeedNode root) {
      this.root = root;
    }

    Policy policy() {
      root.onlyFields("seedFormat", "policyVersion", "district", "document", "units", "sections", "subjects",
          "mechanism", "collaborations", "guarantees", "milestones", "localSettings");
      int format = root.integer("seedFormat");
      if (format != SEED_FORMAT) {
        throw root.required("seedFormat").error("this loader reads seed format " + SEED_FORMAT + ", the file has " + format);
      }
      List<PolicyUnit> units = root.list("units", false).stream().map(this::unit).collect(Collectors.toList());
      Policy.Builder builder = Policy.builder()
          .document(document())
          .units(units)
          .sections(root.list("sections", true).stream().map(this::text).collect(Collectors.toList()))
          .subjects(root.list("subjects", false).stream().map(this::subject).collect(Collectors.toList()))
          .mechanism(root.list("mechanism", true).stream().map(this::text).collect(Collectors.toList()))
          .collaborations(root.list("collaborations", false).stream().map(this::collaboration).collect(Collectors.toList()))
          .guarantees(root.list("guarantees", true).stream().map(this::text).collect(Collectors.toList()))
          .milestones(root.list("milestones", false).stream().map(this::milestone).collect(Collectors.toList()))
          .localSettings(localSettings(root.required("localSettings")));
      return root.build(n -> Policy.create(builder));
    }

    private PolicyDocument document() {
      SeedNode district = root.required("district").onlyFields("code", "name", "nameEn", "timeZone");
      SeedNode doc = root.required("document").onlyFields("title", "titleEn", "noticeTitle", "documentNumber",
          "indexNumber", "issuer", "issueDate", "publishedOn", "sourceFile");
      DistrictCode code = district.required("code").build(n -> DistrictCode.of(n.asText()));
      ZoneId zone = district.required("timeZone").build(n -> {
        try {
          return ZoneId.of(n.asText());
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("unknown time zone '" + n.asText() + "'");
        }
      });
      Bilingual districtName = district.build(n -> Bilingual.of(n.text("name"), n.text("nameEn")));
      return doc.build(n -> new PolicyDocument(root.text("policyVersion"), code, districtName, zone,
          Bilingual.of(n.text("title"), n.text("titleEn")), n.optionalText("noticeTitle"), n.text("documentNumber"),
          n.optionalText("indexNumber"), n.text("issuer"), n.date("issueDate"), n.optionalDate("publishedOn")));
    }

    private PolicyUnit unit(SeedNode n) {
      n.onlyFields("code", "name", "fullName", "nameEn");
      UnitCode code = unitCode(n.required("code"));
      if (!knownUnits.add(code)) {
        throw n.required("code").error("unit code " + code + " appears twice");
      }
      return n.build(x -> new PolicyUnit(code, x.text("name"), x.text("fullName"), x.text("nameEn")));
    }

    private static UnitCode unitCode(SeedNode n) {
      return n.build(x -> UnitCode.of(x.asText()));
    }

    /** A reference to a unit declared under {@code units}. */
    private UnitCode knownUnit(SeedNode n) {
      UnitCode code = unitCode(n);
      if (!knownUnits.contains(code)) {
        throw n.error("unknown unit '" + code + "'; declare it under units");
      }
      return code;
    }

    private static ClauseRef clause(SeedNode n) {
      return n.required("clause").build(x -> ClauseRef.of(x.asText()));
    }

    private static Bilingual optionalTitle(SeedNode n) {
      if (!n.has("title")) {
        return null;
      }
      return n.build(x -> Bilingual.of(x.text("title"), x.has("titleEn") ? x.text("titleEn") : x.text("title")));
    }

    private PolicyText text(SeedNode n) {
      n.onlyFields("clause", "title", "titleEn", "text", "summaryEn", "collaborations", "note");
      ClauseRef clause = clause(n);
      Set<Collaboration> collaborations = collaborations(n, "collaborations", true);
      Bilingual title = optionalTitle(n);
      return n.build(x -> new PolicyText(clause, title, x.text("text"), x.optionalText("summaryEn"), collaborations,
          x.optionalText("note")));
    }

    private static Set<Collaboration> collaborations(SeedNode n, String field, boolean optional) {
      Set<Collaboration> set = EnumSet.noneOf(Collaboration.class);
      for (SeedNode item : n.list(field, optional)) {
        if (!set.add(item.asEnum(Collaboration.class))) {
          throw item.error("collaboration named twice");
        }
      }
      return set;
    }

    private Subject subject(SeedNode n) {
      n.onlyFields("kind", "clause", "name", "nameEn", "duties");
      SubjectKind kind = n.enumValue("kind", SubjectKind.class);
      ClauseRef clause = clause(n);
      List<DutyStatement> duties = n.list("duties", false).stream().map(d -> duty(d, kind)).collect(Collectors.toList());
      return n.build(x -> new Subject(kind, clause, Bilingual.of(x.text("name"), x.text("nameEn")), duties));
    }

    private DutyStatement duty(SeedNode n, SubjectKind kind) {
      n.onlyFields("clause", "units", "resourceKind", "title", "text", "summaryEn");
      ClauseRef clause = clause(n);
      List<UnitCode> units = n.list("units", true).stream().map(this::knownUnit).collect(Collectors.toList());
      SocialResourceKind resourceKind = n.has("resourceKind") ? n.enumValue("resourceKind", SocialResourceKind.class) : null;
      return n.build(x -> new DutyStatement(clause, kind, units, resourceKind, x.optionalText("title"), x.text("text"),
          x.text("summaryEn")));
    }

    private CollaborationSection collaboration(SeedNode n) {
      n.onlyFields("code", "clause", "title", "titleEn", "text", "measures");
      Collaboration code = n.enumValue("code", Collaboration.class);
      ClauseRef clause = clause(n);
      List<Measure> measures = n.list("measures", false).stream().map(m -> measure(m, code)).collect(Collectors.toList());
      return n.build(x -> new CollaborationSection(code, clause, Bilingual.of(x.text("title"), x.text("titleEn")),
          x.optionalText("text"), measures));
    }

    private Measure measure(SeedNode n, Collaboration collaboration) {
      n.onlyFields("code", "clause", "title", "titleEn", "text", "responsibleUnits");
      MeasureCode code = n.required("code").build(x -> MeasureCode.of(x.asText()));
      ClauseRef clause = clause(n);
      List<UnitCode> units = n.list("responsibleUnits", false).stream().map(this::knownUnit).collect(Collectors.toList());
      return n.build(x -> new Measure(code, clause, collaboration, Bilingual.of(x.text("title"), x.text("titleEn")),
          x.text("text"), units));
    }

    private MilestoneDefinition milestone(SeedNode n) {
      n.onlyFields("metric", "clause", "text", "targets");
      MilestoneMetric metric = n.enumValue("metric", MilestoneMetric.class);
      ClauseRef clause = clause(n);
      List<MilestoneTarget> targets = n.list("targets", false).stream()
          .map(t -> t.onlyFields("year", "value").build(x -> new MilestoneTarget(metric, x.integer("year"), x.decimal("value"))))
          .collect(Collectors.toList());
      return n.build(x -> new MilestoneDefinition(metric, clause, x.text("text"), targets));
    }

    private LocalSettings localSettings(SeedNode n) {
      n.onlyFields("note", "establishment", "countedSchoolTypes", "homeSchool", "workingCalendars", "mentalHealth");
      n.text("note");
      SeedNode e = n.required("establishment").onlyFields("requireCompleteCommittee", "requireZoneMembership",
          "requireOwnTownAgreement", "requireCollaborationCoverage", "minCollaborations");
      EstablishmentSettings establishment = e.build(x -> new EstablishmentSettings(x.bool("requireCompleteCommittee"),
          x.bool("requireZoneMembership"), x.bool("requireOwnTownAgreement"), x.bool("requireCollaborationCoverage"),
          x.integer("minCollaborations")));
      Set<SchoolType> types = EnumSet.noneOf(SchoolType.class);
      for (SeedNode t : n.list("countedSchoolTypes", false)) {
        if (!types.add(t.asEnum(SchoolType.class))) {
          throw t.error("school type named twice");
        }
      }
      int perTerm = LocalSettings.DEFAULT_ACTIVITIES_PER_STUDENT_PER_TERM;
      HomeSchoolSettings homeSchool = HomeSchoolSettings.defaults();
      FeedbackSettings feedbackSettings = FeedbackSettings.defaults();
      if (n.has("homeSchool")) {
        SeedNode h = n.required("homeSchool").onlyFields("activitiesPerStudentPerTerm", "quietHours",
            "dailyNoticeCapPerClass", "feedbackResponseDays");
        if (h.has("activitiesPerStudentPerTerm")) {
          perTerm = h.integer("activitiesPerStudentPerTerm");
        }
        homeSchool = homeSchool(h);
        feedbackSettings = feedbackSettings(h);
      }
      int activitiesPerStudentPerTerm = perTerm;
      HomeSchoolSettings notices = homeSchool;
      FeedbackSettings feedback = feedbackSettings;
      List<WorkingCalendar> calendars = n.list("workingCalendars", true).stream().map(this::workingCalendar).toList();
      MentalHealthSettings mentalHealth = n.has("mentalHealth") ? mentalHealth(n.required("mentalHealth"))
          : MentalHealthSettings.defaults();
      return n.build(x -> new LocalSettings(establishment, types, activitiesPerStudentPerTerm, notices, feedback,
          calendars, mentalHealth));
    }

    /**
     * {@code localSettings.mentalHealth} (医教互促): each field defaulted when absent
     * ({@link MentalHealthSettings#defaults()}); a band's level must be one of the levels.
     */
    private MentalHealthSettings mentalHealth(SeedNode n) {
      n.onlyFields("levels", "categories", "screeningIntervalMonths", "scales", "referralTimeLimits",
          "guardianSummaryShown", "breakGlassMinutes", "smallCountThreshold", "counsellorCoverageTarget",
          "auditRetentionMonths");
      MentalHealthSettings d = MentalHealthSettings.defaults();
      List<MentalHealthSettings.LevelDefinition> levels = n.has("levels") ? n.list("levels", false).stream()
          .map(l -> l.onlyFields("code", "name", "nameEn", "order", "needsAttention")
              .build(x -> new MentalHealthSettings.LevelDefinition(x.text("code"),
                  Bilingual.of(x.text("name"), x.text("nameEn")), x.integer("order"), x.bool("needsAttention"))))
          .toList() : d.levels();
      Set<String> levelCodes = levels.stream().map(MentalHealthSettings.LevelDefinition::code)
          .collect(Collectors.toSet());
      List<MentalHealthSettings.CategoryDefinition> categories = n.has("categories")
          ? n.list("categories", false).stream().map(c -> c.onlyFields("code", "name", "nameEn")
              .build(x -> new MentalHealthSettings.CategoryDefinition(x.text("code"),
                  Bilingual.of(x.text("name"), x.text("nameEn"))))).toList()
          : d.categories();
      List<MentalHealthSettings.ScreeningScale> scales = n.has("scales")
          ? n.list("scales", false).stream().map(s -> scale(s, levelCodes)).toList() : d.scales();
      List<MentalHealthSettings.ReferralTimeLimit> limits = d.referralTimeLimits();
      if (n.has("referralTimeLimits")) {
        limits = n.list("referralTimeLimits", false).stream()
            .map(t -> t.onlyFields("urgency", "acceptHours", "outcomeHours", "returnHours")
                .build(x -> new MentalHealthSettings.ReferralTimeLimit(x.enumValue("urgency", ReferralUrgency.class),
                    x.integer("acceptHours"), x.integer("outcomeHours"), x.integer("returnHours"))))
            .toList();
      }
      List<MentalHealthSettings.ReferralTimeLimit> referralTimeLimits = limits;
      return n.build(x -> new MentalHealthSettings(levels, categories,
          x.has("screeningIntervalMonths") ? x.integer("screeningIntervalMonths") : d.screeningIntervalMonths(),
          scales, referralTimeLimits,
          x.has("guardianSummaryShown") ? x.bool("guardianSummaryShown") : d.guardianSummaryShown(),
          x.has("breakGlassMinutes") ? x.integer("breakGlassMinutes") : d.breakGlassMinutes(),
          x.has("smallCountThreshold") ? x.integer("smallCountThreshold") : d.smallCountThreshold(),
          x.has("counsellorCoverageTarget") ? x.decimal("counsellorCoverageTarget") : d.counsellorCoverageTarget(),
          x.has("auditRetentionMonths") ? x.integer("auditRetentionMonths") : d.auditRetentionMonths()));
    }

    private MentalHealthSettings.ScreeningScale scale(SeedNode s, Set<String> levelCodes) {
      s.onlyFields("code", "name", "nameEn", "minScore", "maxScore", "bands");
      List<MentalHealthSettings.ScoreBand> bands = s.list("bands", false).stream().map(b -> {
        b.onlyFields("from", "to", "level");
        String level = b.text("level");
        if (!levelCodes.contains(level)) {
          throw b.required("level").error("unknown level '" + level + "'; expected one of " + new java.util.TreeSet<>(levelCodes));
        }
        return b.build(x -> new MentalHealthSettings.ScoreBand(x.decimal("from"), x.decimal("to"), level));
      }).toList();
      return s.build(x -> new MentalHealthSettings.ScreeningScale(x.text("code"),
          Bilingual.of(x.text("name"), x.text("nameEn")), x.decimal("minScore"), x.decimal("maxScore"), bands));
    }

    /** {@code homeSchool}: quiet hours (from/to, HH:mm) and the daily notice cap per class, each defaulted when absent. */
    private HomeSchoolSettings homeSchool(SeedNode n) {
      HomeSchoolSettings defaults = HomeSchoolSettings.defaults();
      LocalTime from = defaults.quietFrom();
      LocalTime to = defaults.quietTo();
      if (n.has("quietHours")) {
        SeedNode q = n.required("quietHours").onlyFields("from", "to");
        from = time(q, "from");
        to = time(q, "to");
      }
      int cap = n.has("dailyNoticeCapPerClass") ? n.integer("dailyNoticeCapPerClass") : defaults.dailyNoticeCapPerClass();
      LocalTime quietFrom = from;
      LocalTime quietTo = to;
      return n.build(x -> new HomeSchoolSettings(quietFrom, quietTo, cap));
    }

    private LocalTime time(SeedNode n, String field) {
      String value = n.text(field);
      try {
        return LocalTime.parse(value);
      } catch (DateTimeParseException e) {
        throw n.required(field).error("must be a time HH:mm, was '" + value + "'");
      }
    }

    /** {@code localSettings.homeSchool}: the feedback deadline (other home–school keys may sit beside it). */
    private FeedbackSettings feedbackSettings(SeedNode h) {
      return h.has("feedbackResponseDays")
          ? h.build(x -> new FeedbackSettings(x.integer("feedbackResponseDays"))) : FeedbackSettings.defaults();
    }

    private WorkingCalendar workingCalendar(SeedNode c) {
      c.onlyFields("year", "holidays", "workingDays");
      int year = c.integer("year");
      Set<LocalDate> holidays = dates(c, "holidays");
      Set<LocalDate> workingDays = dates(c, "workingDays");
      return c.build(x -> WorkingCalendar.of(year, holidays, workingDays));
    }

    private static Set<LocalDate> dates(SeedNode c, String field) {
      Set<LocalDate> dates = new java.util.TreeSet<>();
      for (SeedNode d : c.list(field, true)) {
        LocalDate date;
        try {
          date = LocalDate.parse(d.asText());
        } catch (java.time.format.DateTimeParseException e) {
          throw d.error("must be a date YYYY-MM-DD, was '" + d.asText() + "'");
        }
        if (!dates.add(date)) {
          throw d.error("date named twice");
        }
      }
      return dates;
    }
  }
}
