package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The facts of the policy document and the district it governs.
 *
 * <p>中文：文件基本信息（标题、文号、索引号、发布机构、成文日期、行政区划）。
 */
public record PolicyDocument(
    String policyVersion,
    DistrictCode district,
    Bilingual districtName,
    ZoneId timeZone,
    Bilingual title,
    String noticeTitle,
    String documentNumber,
    String indexNumber,
    String issuer,
    LocalDate issueDate,
    LocalDate publishedOn) {

  public PolicyDocument {
    checkArgument(policyVersion != null && policyVersion.matches("[a-z0-9][a-z0-9._-]{0,63}"),
        "policyVersion must be lower-case letters, digits, '.', '_' or '-', was '%s'", policyVersion);
    requireNonNull(district, "district");
    requireNonNull(districtName, "districtName");
    requireNonNull(timeZone, "timeZone");
    requireNonNull(title, "title");
    checkArgument(documentNumber != null && !documentNumber.isBlank(), "documentNumber must not be blank");
    checkArgument(issuer != null && !issuer.isBlank(), "issuer must not be blank");
    requireNonNull(issueDate, "issueDate");
    checkArgument(publishedOn == null || !publishedOn.isBefore(issueDate),
        "publishedOn %s is before issueDate %s", publishedOn, issueDate);
  }

  public Optional<String> optionalIndexNumber() {
    return Optional.ofNullable(indexNumber);
  }

  public Optional<LocalDate> optionalPublishedOn() {
    return Optional.ofNullable(publishedOn);
  }
}
