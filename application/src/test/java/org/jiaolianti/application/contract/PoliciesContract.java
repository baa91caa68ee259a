package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.util.List;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.shared.Bilingual;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Policies}: each district has one active policy version, which activating
 * another replaces.
 *
 * <p>To run it against your storage, extend it in your test sources and implement {@link #policies()}
 * to return a fresh, empty port (e.g. {@code class JdbcPoliciesTest extends PoliciesContract}). The
 * application test-jar ({@code jiaolianti-application}, type {@code test-jar}) ships it.
 */
public abstract class PoliciesContract extends PortContract<Policies> {

  /** A fresh port that holds no policy. */
  protected abstract Policies policies();

  @Override
  final Policies newPort() {
    return policies();
  }

  @Override
  final List<Record> referencedRecords() {
    return List.of();
  }

  private static Policy xiangan(String version) {
    return TestPolicies.builder(XIANGAN, version, Bilingual.of("翔安区" + RARE, "Xiang'an District")).build();
  }

  @Test
  void anActivatedPolicyReadsBackWithAllItsParts() {
    Policy policy = xiangan("xiangan-test-2025");
    port().activate(policy);

    Policy read = port().active(XIANGAN).orElseThrow();
    assertSameRecord(read, policy);
    assertThat(read.document().districtName().zh()).isEqualTo("翔安区" + RARE);
    assertThat(read.dutyMatrix().units()).hasSize(policy.units().size());
  }

  @Test
  void aDistrictWithoutPolicyHasNone() {
    assertThat(port().active(XIANGAN)).isEmpty();
    assertThat(port().districts()).isEmpty();
  }

  @Test
  void activatingAnotherVersionReplacesTheActiveOne() {
    port().activate(xiangan("xiangan-test-2025"));
    port().activate(xiangan("xiangan-test-2026"));

    assertThat(port().active(XIANGAN).orElseThrow().document().policyVersion()).isEqualTo("xiangan-test-2026");
    assertThat(port().districts()).containsExactly(XIANGAN);
  }

  @Test
  void eachDistrictHasItsOwnPolicy() {
    port().activate(TestPolicies.huli());
    assertThat(port().active(XIANGAN)).isEmpty();

    port().activate(xiangan("xiangan-test-2025"));
    assertThat(port().active(XIANGAN).orElseThrow().district()).isEqualTo(XIANGAN);
    assertThat(port().active(HULI).orElseThrow().document().policyVersion()).isEqualTo("huli-test-2025");
    assertThat(port().districts()).containsExactlyInAnyOrder(XIANGAN, HULI);
  }
}
