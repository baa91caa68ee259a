package org.jiaolianti.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of clause references over every part 一–十, sub-part (一)–(十) and item 1–30. */
class ClauseRefPropertiesTest {

  private static final String NUMERALS = "一二三四五六七八九十";

  @Property
  void anItemIsWithinItsSubPartAndPartAndSortsAfterThem(
      @ForAll @IntRange(min = 0, max = 9) int part, @ForAll @IntRange(min = 0, max = 9) int sub,
      @ForAll @IntRange(min = 1, max = 30) int item) {
    ClauseRef p = ClauseRef.of(String.valueOf(NUMERALS.charAt(part)));
    ClauseRef s = ClauseRef.of(p.value() + "(" + NUMERALS.charAt(sub) + ")");
    ClauseRef i = ClauseRef.of(s.value() + item);
    assertThat(i.isWithin(s)).isTrue();
    assertThat(i.isWithin(p)).isTrue();
    assertThat(s.isWithin(p)).isTrue();
    assertThat(p).isLessThan(s);
    assertThat(s).isLessThan(i);
  }

  @Property
  void itemsOfOneSubPartAreWithinEachOtherOnlyWhenEqual(
      @ForAll @IntRange(min = 1, max = 30) int a, @ForAll @IntRange(min = 1, max = 30) int b) {
    ClauseRef x = ClauseRef.of("三(二)" + a);
    ClauseRef y = ClauseRef.of("三(二)" + b);
    assertThat(x.isWithin(y)).isEqualTo(a == b);
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(Integer.compare(a, b)));
  }
}
