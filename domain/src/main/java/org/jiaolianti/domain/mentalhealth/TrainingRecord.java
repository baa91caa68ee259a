package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A counsellor's training (五(二)3 "继续开展培育和提升心理健康教师队伍专业水平"; 五(二)1 "为教师心理健康教育能力提升提供
 * 更多学习培训机会"): the day, hours (0.5–200, in half hours) and the topics (1–10).
 *
 * <p>中文：心理健康教师培训记录。依据：五(二)3
 */
public record TrainingRecord(TrainingRecordId id, DistrictCode district, UserId counsellor, LocalDate on,
    BigDecimal hours, List<String> topics, UserId recordedBy, Instant recordedAt) {

  public static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
  public static final BigDecimal MAX_HOURS = new BigDecimal("200");

  public TrainingRecord {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(counsellor, "counsellor");
    requireNonNull(on, "on");
    requireNonNull(hours, "hours");
    checkArgument(hours.compareTo(MIN_HOURS) >= 0 && hours.compareTo(MAX_HOURS) <= 0, "hours must be 0.5-200");
    checkArgument(hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0, "hours count in half hours");
    topics = List.copyOf(topics);
    checkArgument(!topics.isEmpty() && topics.size() <= 10, "a training has 1-10 topics");
    for (String t : topics) {
      checkArgument(!t.isBlank() && t.length() <= 100, "a topic must be 1-100 characters");
    }
    requireNonNull(recordedBy, "recordedBy");
    requireNonNull(recordedAt, "recordedAt");
  }
}
