package org.jiaolianti.domain.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A figure reaches its target by exact comparison, so rounding never decides a status (二, MISSION §5). */
class FigurePropertiesTest {

  private static List<String> ids(int n) {
    return IntStream.range(0, n).mapToObj(i -> "s" + i).toList();
  }

  /** Target = permille / 1000; reached iff count ≥ target × base, i.e. count × 1000 ≥ permille × base. */
  @Property
  void aShareReachesItsTargetIffCountIsAtLeastTargetTimesBase(
      @ForAll @IntRange(min = 0, max = 400) int base, @ForAll @IntRange(min = 0, max = 400) int rawCount,
      @ForAll @IntRange(min = 1, max = 1000) int permille) {
    int count = rawCount % (base + 1);
    BigDecimal target = BigDecimal.valueOf(permille, 3);
    boolean expected = base > 0 && (long) count * 1000 >= (long) permille * base;
    assertThat(Figure.share(count, base, ids(count)).reaches(target)).isEqualTo(expected);
  }

  @Property
  void reachingIsMonotoneInTheCount(@ForAll @IntRange(min = 1, max = 400) int base,
      @ForAll @IntRange(min = 0, max = 400) int rawCount, @ForAll @IntRange(min = 1, max = 1000) int permille) {
    int count = rawCount % base;
    BigDecimal target = BigDecimal.valueOf(permille, 3);
    if (Figure.share(count, base, ids(count)).reaches(target)) {
      assertThat(Figure.share(count + 1, base, ids(count + 1)).reaches(target)).isTrue();
    }
  }

  @Property
  void aShareValueLiesInZeroToOneAndIsTheRoundedRatio(@ForAll @IntRange(min = 1, max = 400) int base,
      @ForAll @IntRange(min = 0, max = 400) int rawCount) {
    int count = rawCount % (base + 1);
    BigDecimal value = Figure.share(count, base, ids(count)).value();
    assertThat(value).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    assertThat(value.doubleValue()).isCloseTo((double) count / base, org.assertj.core.api.Assertions.within(0.0000005));
  }

  @Property
  void aCountReachesItsTargetIffItHasThatManyRecords(@ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @IntRange(min = 1, max = 60) int target) {
    assertThat(Figure.count(ids(n)).reaches(BigDecimal.valueOf(target))).isEqualTo(n >= target);
  }

  /** 2 of 3 rounds to 0.666667 but does not reach a target of 0.666667. */
  @Example
  void roundingDoesNotDecide() {
    Figure twoOfThree = Figure.share(2, 3, ids(2));
    assertThat(twoOfThree.value()).isEqualByComparingTo("0.666667");
    assertThat(twoOfThree.reaches(new BigDecimal("0.666667"))).isFalse();
    assertThat(twoOfThree.reaches(new BigDecimal("0.666666"))).isTrue();
  }

  @Example
  void aFigureRefusesACountAboveItsBase() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Figure.share(3, 2, ids(3)))
        .withMessageContaining("base 2 is below count 3");
  }
}
