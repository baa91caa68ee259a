package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;

/**
 * A passage of the document kept for reference: a section (一, 二), an item of the working mechanism
 * (四) or of the guarantees (六).
 *
 * <p>中文：文件条文（指导思想、主要目标、工作机制、组织保障等）。
 *
 * @param title heading, if the passage has one
 * @param collaborations the collaboration areas the passage lists (四(二) lists all six)
 * @param note our reading of the passage, if any (not document text)
 */
public record PolicyText(
    ClauseRef clause, Bilingual title, String text, String summaryEn, Set<Collaboration> collaborations, String note) {

  public PolicyText {
    requireNonNull(clause, "clause");
    checkArgument(text != null && !text.isBlank(), "%s: text must not be blank", clause);
    collaborations = ImmutableSet.copyOf(collaborations);
  }

  public Optional<Bilingual> optionalTitle() {
    return Optional.ofNullable(title);
  }

  public Optional<String> optionalNote() {
    return Optional.ofNullable(note);
  }
}
