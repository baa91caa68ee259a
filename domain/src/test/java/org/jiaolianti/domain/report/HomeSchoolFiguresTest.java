package org.jiaolianti.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HomeSchoolFiguresTest {

  private static HomeSchoolFigures figures(long receipts, long read, long asked, long confirmed, long participants,
      long enrolled, long answered, long minutes, String hours) {
    return new HomeSchoolFigures(receipts, read, asked, confirmed, participants, participants, enrolled, answered,
        answered, minutes, 0, 0, new BigDecimal(hours), 0, 0);
  }

  @Test
  void ratesAreSharesToFourPlacesAndEmptyWithoutABase() {
    HomeSchoolFigures f = figures(3, 2, 3, 1, 1, 3, 2, 90, "1.5");
    assertThat(f.readRate()).contains(new BigDecimal("0.6667"));
    assertThat(f.confirmRate()).contains(new BigDecimal("0.3333"));
    assertThat(f.participationRate()).contains(new BigDecimal("0.3333"));
    assertThat(f.averageResponseHours()).contains(new BigDecimal("0.8"));
    assertThat(HomeSchoolFigures.NONE.readRate()).isEmpty();
    assertThat(HomeSchoolFigures.NONE.confirmRate()).isEmpty();
    assertThat(HomeSchoolFigures.NONE.participationRate()).isEmpty();
    assertThat(HomeSchoolFigures.NONE.averageResponseHours()).isEmpty();
  }

  @Test
  void aZoneAddsItsSchoolsUp() {
    HomeSchoolFigures sum = figures(3, 2, 3, 1, 1, 3, 2, 90, "1.5").plus(figures(1, 1, 0, 0, 2, 2, 0, 0, "2"));
    assertThat(sum.receipts()).isEqualTo(4);
    assertThat(sum.read()).isEqualTo(3);
    assertThat(sum.enrolled()).isEqualTo(5);
    assertThat(sum.participants()).isEqualTo(3);
    assertThat(sum.mentorHours()).isEqualByComparingTo("3.5");
    assertThat(sum.readRate()).contains(new BigDecimal("0.7500"));
    assertThat(HomeSchoolFigures.NONE.plus(sum)).isEqualTo(sum);
  }

  @Test
  void partsCannotExceedTheirWholeNorBeNegative() {
    assertThatThrownBy(() -> figures(1, 2, 0, 0, 0, 0, 0, 0, "0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> figures(2, 1, 1, 2, 0, 0, 0, 0, "0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> figures(-1, 0, 0, 0, 0, 0, 0, 0, "0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> figures(0, 0, 0, 0, 0, 0, 0, 0, "-1")).isInstanceOf(IllegalArgumentException.class);
  }
}
