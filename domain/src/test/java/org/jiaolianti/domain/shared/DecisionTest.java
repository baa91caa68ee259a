package org.jiaolianti.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** Policy refusals are returned as a Decision, not thrown (ARCHITECTURE "Errors"). */
class DecisionTest {

  @Test
  void allowedIsAllowed() {
    assertThat(Decision.allowed().isAllowed()).isTrue();
    assertThat(Decision.allowed()).isSameAs(Decision.ALLOWED).isInstanceOf(Decision.Allowed.class);
  }

  @Test
  void rejectedCarriesRuleReasonAndClause() {
    Decision d = Decision.rejected("SOME_RULE", Bilingual.of("不允许", "not allowed"), ClauseRef.of("五(一)1"));
    assertThat(d.isAllowed()).isFalse();
    assertThat(d).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
      assertThat(r.rule()).isEqualTo("SOME_RULE");
      assertThat(r.reason().zh()).isEqualTo("不允许");
      assertThat(r.reason().en()).isEqualTo("not allowed");
      assertThat(r.clause()).isEqualTo(ClauseRef.of("五(一)1"));
    });
  }

  @Test
  void aDataIntegrityRefusalMayNameNoClause() {
    Decision d = Decision.rejected("UNKNOWN_RECORD", Bilingual.of("记录不存在", "no such record"), null);
    assertThat(((Decision.Rejected) d).clause()).isNull();
  }

  @Test
  void aRefusalNeedsARuleAndAReason() {
    assertThatNullPointerException().isThrownBy(() -> Decision.rejected(null, Bilingual.of("甲", "a"), null));
    assertThatNullPointerException().isThrownBy(() -> Decision.rejected("R", null, null));
  }

  @Test
  void theDecisionTypeIsClosed() {
    Decision d = Decision.rejected("R", Bilingual.of("甲", "a"), null);
    String outcome;
    if (d instanceof Decision.Allowed) {
      outcome = "allowed";
    } else if (d instanceof Decision.Rejected r) {
      outcome = "rejected by " + r.rule();
    } else {
      outcome = "impossible";
    }
    assertThat(outcome).isEqualTo("rejected by R");
    assertThat(Decision.class.getPermittedSubclasses()).containsExactlyInAnyOrder(Decision.Allowed.class,
        Decision.Rejected.class);
  }

  @Test
  void bilingualPicksEnglishForAnEnglishLocaleAndChineseOtherwise() {
    Bilingual b = Bilingual.of("龙头校", "lead school");
    assertThat(b.in(java.util.Locale.ENGLISH)).isEqualTo("lead school");
    assertThat(b.in(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("龙头校");
    assertThat(b.in(null)).isEqualTo("龙头校");
  }
}
