package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * The local settings of 医教互促 (seed {@code localSettings.mentalHealth}). The policy text (五(二)1–3) gives none
 * of these numbers or lists; they are local settings of the deployment, each defaulted when the seed omits it.
 *
 * <p>中文：医教互促本地设置（分级、分类、普测周期、量表分数段、转介时限等；原文未规定，为本地设置）。依据：五(二)1、五(二)2、五(二)3
 *
 * @param levels the graded levels of a file (分级, 五(二)2), lowest {@code order} first; default ROUTINE 常规,
 *     ATTENTION 一般关注, KEY_ATTENTION 重点关注, CRISIS 危机
 * @param categories the categories of concern (分类, 五(二)2); default STUDY_PRESSURE, FAMILY, RELATIONSHIPS, EMOTION,
 *     BEHAVIOUR, SELF_HARM_RISK
 * @param screeningIntervalMonths how often every student is screened (心理普测): default 12, every student every
 *     school year — Xiamen practice, not in the policy text
 * @param scales the screening scales with their score bands, which suggest a level (the counsellor sets it)
 * @param referralTimeLimits the step limits of a referral, one entry per {@link ReferralUrgency}
 * @param guardianSummaryShown whether a guardian sees a summary of their own child's file
 * @param breakGlassMinutes how long a break-glass access lasts before it expires by itself (default 60)
 * @param smallCountThreshold aggregates below this count are suppressed (default 5: counts of 1–4 are hidden)
 * @param counsellorCoverageTarget the share of schools that should have a full- or part-time mental-health teacher
 *     (default 0.95: the national action plan's target, not in this policy text)
 * @param auditRetentionMonths how long audit events are kept: at least 6 (the legal floor: 网络安全法 Art. 21 keeps
 *     network logs at least six months), default 36
 */
public record MentalHealthSettings(
    List<LevelDefinition> levels,
    List<CategoryDefinition> categories,
    int screeningIntervalMonths,
    List<ScreeningScale> scales,
    List<ReferralTimeLimit> referralTimeLimits,
    boolean guardianSummaryShown,
    int breakGlassMinutes,
    int smallCountThreshold,
    BigDecimal counsellorCoverageTarget,
    int auditRetentionMonths) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  /** The legal floor of audit retention (months). */
  public static final int MIN_AUDIT_RETENTION_MONTHS = 6;
  public static final int DEFAULT_SCREENING_INTERVAL_MONTHS = 12;
  public static final int DEFAULT_BREAK_GLASS_MINUTES = 60;
  public static final int DEFAULT_SMALL_COUNT_THRESHOLD = 5;
  public static final BigDecimal DEFAULT_COUNSELLOR_COVERAGE_TARGET = new BigDecimal("0.95");
  public static final int DEFAULT_AUDIT_RETENTION_MONTHS = 36;

  public MentalHealthSettings {
    levels = levels.stream().sorted(Comparator.comparingInt(LevelDefinition::order)).toList();
    checkArgument(levels.size() >= 2, "levels must name at least two levels");
    Set<String> levelCodes = new HashSet<>();
    Set<Integer> orders = new HashSet<>();
    for (LevelDefinition l : levels) {
      checkArgument(levelCodes.add(l.code()), "level %s given twice", l.code());
      checkArgument(orders.add(l.order()), "two levels have order %s", l.order());
    }
    categories = List.copyOf(categories);
    checkArgument(!categories.isEmpty(), "categories must name at least one category");
    Set<String> categoryCodes = new HashSet<>();
    for (CategoryDefinition c : categories) {
      checkArgument(categoryCodes.add(c.code()), "category %s given twice", c.code());
    }
    checkArgument(screeningIntervalMonths >= 1 && screeningIntervalMonths <= 36,
        "screeningIntervalMonths must be 1-36, was %s", screeningIntervalMonths);
    scales = List.copyOf(scales);
    Set<String> scaleCodes = new HashSet<>();
    for (ScreeningScale s : scales) {
      checkArgument(scaleCodes.add(s.code()), "scale %s given twice", s.code());
      for (ScoreBand b : s.bands()) {
        checkArgument(levelCodes.contains(b.level()), "scale %s: band level %s is not one of the levels %s",
            s.code(), b.level(), levelCodes);
      }
    }
    referralTimeLimits = referralTimeLimits.stream().sorted(Comparator.comparing(ReferralTimeLimit::urgency)).toList();
    Set<ReferralUrgency> urgencies = EnumSet.noneOf(ReferralUrgency.class);
    for (ReferralTimeLimit t : referralTimeLimits) {
      checkArgument(urgencies.add(t.urgency()), "referral time limits of %s given twice", t.urgency());
    }
    checkArgument(urgencies.size() == ReferralUrgency.values().length,
        "referralTimeLimits must give every urgency %s, gives %s", List.of(ReferralUrgency.values()), urgencies);
    checkArgument(breakGlassMinutes >= 1 && breakGlassMinutes <= 480, "breakGlassMinutes must be 1-480, was %s",
        breakGlassMinutes);
    checkArgument(smallCountThreshold >= 1 && smallCountThreshold <= 100, "smallCountThreshold must be 1-100, was %s",
        smallCountThreshold);
    counsellorCoverageTarget = plain(requireNonNull(counsellorCoverageTarget, "counsellorCoverageTarget"));
    checkArgument(counsellorCoverageTarget.signum() > 0 && counsellorCoverageTarget.compareTo(BigDecimal.ONE) <= 0,
        "counsellorCoverageTarget must be a share in (0, 1], was %s", counsellorCoverageTarget);
    checkArgument(auditRetentionMonths >= MIN_AUDIT_RETENTION_MONTHS && auditRetentionMonths <= 600,
        "auditRetentionMonths must be at least %s (the legal floor) and at most 600, was %s",
        MIN_AUDIT_RETENTION_MONTHS, auditRetentionMonths);
  }

  /** The defaults used when a seed has no {@code mentalHealth} block (the values of the Xiang'an seed). */
  public static MentalHealthSettings defaults() {
    return new MentalHealthSettings(defaultLevels(), defaultCategories(), DEFAULT_SCREENING_INTERVAL_MONTHS,
        defaultScales(), defaultReferralTimeLimits(), true, DEFAULT_BREAK_GLASS_MINUTES, DEFAULT_SMALL_COUNT_THRESHOLD,
        DEFAULT_COUNSELLOR_COVERAGE_TARGET, DEFAULT_AUDIT_RETENTION_MONTHS);
  }

  public static List<LevelDefinition> defaultLevels() {
    return List.of(
        new LevelDefinition("ROUTINE", Bilingual.of("常规", "routine"), 1, false),
        new LevelDefinition("ATTENTION", Bilingual.of("一般关注", "attention"), 2, true),
        new LevelDefinition("KEY_ATTENTION", Bilingual.of("重点关注", "key attention"), 3, true),
        new LevelDefinition("CRISIS", Bilingual.of("危机", "crisis"), 4, true));
  }

  public static List<CategoryDefinition> defaultCategories() {
    return List.of(
        new CategoryDefinition("STUDY_PRESSURE", Bilingual.of("学业压力", "study pressure")),
        new CategoryDefinition("FAMILY", Bilingual.of("家庭", "family")),
        new CategoryDefinition("RELATIONSHIPS", Bilingual.of("人际关系", "relationships")),
        new CategoryDefinition("EMOTION", Bilingual.of("情绪", "emotion")),
        new CategoryDefinition("BEHAVIOUR", Bilingual.of("行为", "behaviour")),
        new CategoryDefinition("SELF_HARM_RISK", Bilingual.of("自伤风险", "self-harm risk")));
  }

  /** One example scale: PHQ-9 (0–27) with the usual severity cut-offs mapped to the default levels. */
  public static List<ScreeningScale> defaultScales() {
    return List.of(new ScreeningScale("PHQ9", Bilingual.of("患者健康问卷抑郁量表（PHQ-9）", "Patient Health Questionnaire (PHQ-9)"),
        BigDecimal.ZERO, new BigDecimal("27"), List.of(
            new ScoreBand(BigDecimal.ZERO, new BigDecimal("4"), "ROUTINE"),
            new ScoreBand(new BigDecimal("5"), new BigDecimal("9"), "ATTENTION"),
            new ScoreBand(new BigDecimal("10"), new BigDecimal("19"), "KEY_ATTENTION"),
            new ScoreBand(new BigDecimal("20"), new BigDecimal("27"), "CRISIS"))));
  }

  /** Crisis: accepted within 24 h, outcome within 72 h, back at school within 14 days; urgent and routine longer. */
  public static List<ReferralTimeLimit> defaultReferralTimeLimits() {
    return List.of(
        new ReferralTimeLimit(ReferralUrgency.CRISIS, 24, 72, 336),
        new ReferralTimeLimit(ReferralUrgency.URGENT, 72, 168, 720),
        new ReferralTimeLimit(ReferralUrgency.ROUTINE, 168, 720, 1440));
  }

  public Optional<LevelDefinition> level(String code) {
    return levels.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  public boolean hasCategory(String code) {
    return categories.stream().anyMatch(c -> c.code().equals(code));
  }

  public Optional<ScreeningScale> scale(String code) {
    return scales.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** The step limits of {@code urgency} (every urgency has them). */
  public ReferralTimeLimit limitFor(ReferralUrgency urgency) {
    return referralTimeLimits.stream().filter(t -> t.urgency() == urgency).findFirst().orElseThrow();
  }

  /** Whether a count is too small to show in an aggregate (below {@link #smallCountThreshold}, but not zero). */
  public boolean suppressed(long count) {
    return count > 0 && count < smallCountThreshold;
  }

  /** Without trailing zeros and never in exponent form, so equal numbers are equal records (0.950 = 0.95, 20 = 20). */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  static String checkCode(String value, String kind) {
    checkArgument(value != null && CODE.matcher(value).matches(),
        "%s code must be 1-40 capital letters, digits or '_', starting with a letter, was '%s'", kind, value);
    return value;
  }

  /**
   * A level of the graded file (分级). {@code needsAttention}: whether a student at this level shows the
   * "needs attention" flag to the teachers of their classes (the only thing a teacher sees).
   *
   * <p>中文：心理档案分级。依据：五(二)2
   */
  public record LevelDefinition(String code, Bilingual label, int order, boolean needsAttention) {
    public LevelDefinition {
      checkCode(code, "level");
      requireNonNull(label, "label");
      checkArgument(order >= 1 && order <= 99, "level order must be 1-99, was %s", order);
    }
  }

  /** A category of concern (分类). <p>中文：心理档案分类。依据：五(二)2 */
  public record CategoryDefinition(String code, Bilingual label) {
    public CategoryDefinition {
      checkCode(code, "category");
      requireNonNull(label, "label");
    }
  }

  /**
   * A screening scale (心理普测量表): its code, name, score range and bands; a score in a band suggests the band's
   * level. Bands must not overlap; a score in no band suggests nothing.
   *
   * <p>中文：心理普测量表及分数段。依据：五(二)2（量表与分数段为本地设置）
   */
  public record ScreeningScale(String code, Bilingual name, BigDecimal minScore, BigDecimal maxScore,
      List<ScoreBand> bands) {
    public ScreeningScale {
      checkCode(code, "scale");
      requireNonNull(name, "name");
      minScore = plain(requireNonNull(minScore, "minScore"));
      maxScore = plain(requireNonNull(maxScore, "maxScore"));
      checkArgument(minScore.compareTo(maxScore) < 0, "scale %s: minScore must be below maxScore", code);
      bands = bands.stream().sorted(Comparator.comparing(ScoreBand::from)).toList();
      for (int i = 0; i < bands.size(); i++) {
        ScoreBand b = bands.get(i);
        checkArgument(b.from().compareTo(minScore) >= 0 && b.to().compareTo(maxScore) <= 0,
            "scale %s: band %s..%s lies outside the scale's range %s..%s", code, b.from(), b.to(), minScore, maxScore);
        checkArgument(i == 0 || bands.get(i - 1).to().compareTo(b.from()) < 0, "scale %s: bands overlap at %s", code,
            b.from());
      }
    }

    /** Whether {@code score} lies in the scale's range. */
    public boolean inRange(BigDecimal score) {
      return score.compareTo(minScore) >= 0 && score.compareTo(maxScore) <= 0;
    }

    /** The level a score suggests, if it lies in a band. */
    public Optional<String> suggestedLevel(BigDecimal score) {
      return bands.stream().filter(b -> b.contains(score)).map(ScoreBand::level).findFirst();
    }
  }

  /** Scores {@code from}..{@code to} (both inclusive) suggest {@code level}. <p>中文：分数段。 */
  public record ScoreBand(BigDecimal from, BigDecimal to, String level) {
    public ScoreBand {
      from = plain(requireNonNull(from, "from"));
      to = plain(requireNonNull(to, "to"));
      checkArgument(from.compareTo(to) <= 0, "a score band's from %s is above its to %s", from, to);
      checkCode(level, "level");
    }

    public boolean contains(BigDecimal score) {
      return score.compareTo(from) >= 0 && score.compareTo(to) <= 0;
    }
  }

  /**
   * The step limits of a referral of one urgency, in hours: acceptance (from opening), outcome (from acceptance),
   * return to school (from the outcome).
   *
   * <p>中文：转介各环节时限（小时）。依据：五(二)1（原文未规定时限，为本地设置）
   */
  public record ReferralTimeLimit(ReferralUrgency urgency, int acceptHours, int outcomeHours, int returnHours) {
    public ReferralTimeLimit {
      requireNonNull(urgency, "urgency");
      checkArgument(acceptHours >= 1 && acceptHours <= 8760, "acceptHours must be 1-8760, was %s", acceptHours);
      checkArgument(outcomeHours >= 1 && outcomeHours <= 8760, "outcomeHours must be 1-8760, was %s", outcomeHours);
      checkArgument(returnHours >= 1 && returnHours <= 8760, "returnHours must be 1-8760, was %s", returnHours);
    }

    public int hours(ReferralStep step) {
      return switch (step) {
        case ACCEPTANCE -> acceptHours;
        case OUTCOME -> outcomeHours;
        case RETURN -> returnHours;
      };
    }
  }
}
