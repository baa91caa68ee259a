package org.jiaolianti.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Clause references in the document's own numbering: 二, 三(二), 五(一)1. */
class ClauseRefTest {

  @ParameterizedTest
  @ValueSource(strings = {"二", "十", "十二", "三(二)", "三(二)5", "三(二)14", "四(二)", "五(一)1", "六(四)"})
  void acceptsTheDocumentsNumbering(String value) {
    assertThat(ClauseRef.of(value).value()).isEqualTo(value);
    assertThat(ClauseRef.of(value)).hasToString(value);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"5", "五.1", "五(1)", "五(一", "五一)", "(一)", "五(一)1a", "五（一）1", "five", " 五", "五(一)(二)",
      "五1"})
  void rejectsAnythingElse(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> ClauseRef.of(value))
        .withMessageContaining("clause reference must look like");
  }

  @Test
  void aClauseIsWithinItselfAndEveryEnclosingClause() {
    ClauseRef item = ClauseRef.of("五(一)1");
    assertThat(item.isWithin(item)).isTrue();
    assertThat(item.isWithin(ClauseRef.of("五(一)"))).isTrue();
    assertThat(item.isWithin(ClauseRef.of("五"))).isTrue();
    assertThat(ClauseRef.of("五(一)").isWithin(ClauseRef.of("五"))).isTrue();
  }

  @Test
  void aClauseIsNotWithinASiblingAChildOrAnotherPart() {
    assertThat(ClauseRef.of("五(一)1").isWithin(ClauseRef.of("五(二)"))).isFalse();
    assertThat(ClauseRef.of("五(一)1").isWithin(ClauseRef.of("四"))).isFalse();
    assertThat(ClauseRef.of("五").isWithin(ClauseRef.of("五(一)"))).isFalse();
    assertThat(ClauseRef.of("五(一)").isWithin(ClauseRef.of("五(一)1"))).isFalse();
    // 十五 starts with 十 but is a part of its own, not inside 十.
    assertThat(ClauseRef.of("十五").isWithin(ClauseRef.of("十"))).isFalse();
  }

  /** 三(二)1 and 三(二)10–14 are siblings in the Xiang'an text: item 11 is not inside item 1. */
  @Test
  void aTwoDigitItemIsNotWithinTheItemItsNumberStartsWith() {
    assertThat(ClauseRef.of("三(二)11").isWithin(ClauseRef.of("三(二)1"))).isFalse();
    assertThat(ClauseRef.of("三(二)1").isWithin(ClauseRef.of("三(二)11"))).isFalse();
    assertThat(ClauseRef.of("三(二)11").isWithin(ClauseRef.of("三(二)"))).isTrue();
  }

  @Test
  void sortsInDocumentOrder() {
    List<String> printed = List.of("一", "二", "三", "三(一)", "三(二)", "三(二)1", "三(二)2", "三(二)9", "三(二)10", "三(二)14",
        "三(三)", "四", "四(二)", "五", "五(一)", "五(一)1", "五(二)", "五(六)2", "九", "十", "十一");
    List<ClauseRef> shuffled = printed.stream().map(ClauseRef::of).collect(Collectors.toCollection(ArrayList::new));
    Collections.shuffle(shuffled, new java.util.Random(7));
    Collections.sort(shuffled);
    assertThat(shuffled).extracting(ClauseRef::value).containsExactlyElementsOf(printed);
  }

  @Test
  void equalClausesCompareAsEqual() {
    assertThat(ClauseRef.of("五(一)1")).isEqualTo(ClauseRef.of("五(一)1"));
    assertThat(ClauseRef.of("五(一)1").compareTo(ClauseRef.of("五(一)1"))).isZero();
  }
}
